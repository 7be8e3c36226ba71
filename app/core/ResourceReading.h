#pragma once

#include "Resources.h"

#include <QString>
#include <optional>

// The mappings of the resources read in pages, written once for both readers: JsonReader (over a
// QJsonObject, what Version::fromJson() and Secret::fromJson() use) and FastJsonReader (over a
// RapidJSON value, the pages' fast path). Instantiated for those two in Resources.cpp.
namespace lockbox::read {

template <typename Reader>
std::optional<Version> version(Reader &r, QString *error);
template <typename Reader>
std::optional<Secret> secret(Reader &r, QString *error);

} // namespace lockbox::read
