#pragma once

// Shared helpers for the suites: an in-process emulator on loopback and a client for it.
#include "ApiClient.h"
#include "Emulator.h"

#include <QtTest>
#include <memory>

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

} // namespace lockbox::test
