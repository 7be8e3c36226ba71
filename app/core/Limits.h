#pragma once

#include <QLatin1StringView>
#include <QtGlobal>

// Validation limits of the Lockbox API (../shared/lockbox-api.md §1), shared by the emulator, which
// enforces them, and the dialogs, which check them before anything is sent.
namespace lockbox::limits {

inline constexpr int kMaxIdLength = 50;
inline constexpr int kMaxEntryKeyLength = 256;
inline constexpr QLatin1StringView kEntryKeyPattern{"^[-_./\\\\@0-9a-zA-Z]+$"};
inline constexpr int kMaxEntryValueBytes = 65536;
// "The values in one version may total at most 64 KB" (docs); taken as 64 KiB of values.
inline constexpr int kMaxVersionPayloadBytes = 65536;
inline constexpr int kMaxVersionDescription = 1024;      // AddVersion
inline constexpr int kMaxCreateVersionDescription = 256; // CreateSecret.versionDescription
inline constexpr int kMaxSecretName = 100;
inline constexpr int kMaxSecretDescription = 1024;
inline constexpr int kMaxLabels = 64;
inline constexpr int kMaxLabelKey = 63;
inline constexpr int kMaxLabelValue = 63;
inline constexpr QLatin1StringView kLabelKeyPattern{"^[a-z][-_0-9a-z]*$"};
inline constexpr QLatin1StringView kLabelValuePattern{"^[-_0-9a-z]*$"};
inline constexpr int kMaxVersionsPerSecret = 1000; // not counting destroyed versions
inline constexpr int kMaxSecretsPerCloud = 10000;
inline constexpr int kMaxPageSize = 1000;
inline constexpr int kDefaultPageSize = 100;
inline constexpr int kMaxVersionsPageToken = 100;
inline constexpr int kMaxSecretsPageToken = 256; // was 100 until 2026-07-23
inline constexpr int kMaxResourceManagerPageToken = 2000;
inline constexpr int kMaxPasswordLength = 256;
inline constexpr int kDefaultPasswordLength = 36; // what Terraform picks; the proto says "reasonable"
inline constexpr int kMaxIncludedPunctuation = 32;
inline constexpr int kMaxExcludedPunctuation = 31;
inline constexpr QLatin1StringView kDefaultPunctuation{"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"};
inline constexpr qint64 kDefaultPendingPeriodMs = 7LL * 24 * 3600 * 1000;
inline constexpr int kMaxOperationDescription = 256;
inline constexpr int kMaxOAuthToken = 4000;
inline constexpr int kMaxJwt = 8000;

} // namespace lockbox::limits
