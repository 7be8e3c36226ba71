#pragma once

#include <QByteArray>
#include <QString>

namespace lockbox::bench {

inline constexpr auto kBenchCloudId = "b1gbench0cloud000001";
inline constexpr auto kBenchFolderId = "b1gbench0folder00001";
inline constexpr auto kBenchSecretPrefix = "bench";

// The emulator's state for the benchmark: the built-in demo seed plus a cloud with one folder of
// secretCount secrets made by EmulatorStore::generateSecrets. Saved state JSON, which lockbox-emulator
// --seed accepts as it is. Empty with a message on failure.
QByteArray makeBenchSeed(int secretCount, QString *error);

} // namespace lockbox::bench
