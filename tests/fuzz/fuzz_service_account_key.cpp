// The authorized key file a user picks: any bytes.
#include "FuzzSupport.h"
#include "ServiceAccountKey.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    lockbox::fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto key = lockbox::ServiceAccountKey::fromJson(bytes);
    if (key) {
        (void)key.value()->makeJwt(QDateTime::currentDateTimeUtc());
    }
    return 0;
}
