// ~/.config/yandex-cloud/config.yaml as found on a user's disk: any bytes.
#include "FuzzSupport.h"
#include "YcConfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    lockbox::fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto profiles = lockbox::YcConfig::parse(bytes);
    if (profiles) {
        for (const auto &p : profiles.value()) {
            (void)p.isIamToken();
        }
    }
    return 0;
}
