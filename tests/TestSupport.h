#pragma once

// Shared helpers for the suites: an in-process emulator on loopback and a client for it.
#include "ApiClient.h"
#include "Emulator.h"

#include <QtTest>
#include <memory>
#include <optional>

namespace lockbox::test {

inline constexpr auto kAdminToken = "test-admin-token";

// Starts an emulator with the demo seed (or seedFile) and the admin token; QVERIFY-style failure.
inline std::unique_ptr<emulator::Emulator> startEmulator(emulator::EmulatorOptions options = {}) {
    if (options.adminTokens.isEmpty()) {
        options.adminTokens << QString::fromLatin1(kAdminToken);
    }
    auto emu = std::make_unique<emulator::Emulator>();
    QString error;
    if (!emu->start(options, &error)) {
        qWarning("emulator failed to start: %s", qPrintable(error));
        return nullptr;
    }
    return emu;
}

inline ClientConfig clientConfigFor(const emulator::Emulator &emu) {
    ClientConfig config;
    config.baseUrl = emu.baseUrl();
    config.initialBackoffMs = 20;
    return config;
}

// Runs an asynchronous client call (call(context, callback)) and waits up to 10 s for its result.
template <typename T, typename Call>
std::optional<Result<T>> await(Call call) {
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&out](const Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&out]() { return out.has_value(); }, 10000)) {
        qWarning("no answer within 10 s");
    }
    return out;
}

} // namespace lockbox::test
