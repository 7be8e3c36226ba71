// Keychain (real Secret Service: gnome-keyring in a D-Bus session, as tests/run-all.sh starts),
// profiles in QSettings without secrets, and the yc config import.
#include "CredentialStore.h"
#include "ProfileStore.h"
#include "YcConfig.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lockbox;

class TestCredentials : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keychainRoundTrip() {
        CredentialStore store;
        const QString key = QStringLiteral("test/%1").arg(QCoreApplication::applicationPid());
        const QByteArray secret = QByteArrayLiteral("t1.secret-token-value\x01\xff");
        std::optional<std::optional<ApiError>> written;
        store.write(key, secret, this, [&](const std::optional<ApiError> &e) { written = e; });
        QTRY_VERIFY(written.has_value());
        QVERIFY2(!written->has_value(), written->has_value() ? qPrintable((*written)->message) : "");

        std::optional<Result<QByteArray>> read;
        store.read(key, this, [&](const Result<QByteArray> &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok());
        QCOMPARE(read->value(), secret);

        std::optional<std::optional<ApiError>> removed;
        store.remove(key, this, [&](const std::optional<ApiError> &e) { removed = e; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(!removed->has_value());

        read.reset();
        store.read(key, this, [&](const Result<QByteArray> &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, RpcCode::NotFound);
    }

    void profileSecretNeverInSettings() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QSettings settings(path, QSettings::IniFormat);
        CredentialStore credentials;
        ProfileStore profiles(&settings, &credentials);
        Profile p;
        p.name = QStringLiteral("prod (sa key)");
        p.kind = Profile::Kind::OAuthToken;
        p.cloudId = QStringLiteral("b1gdemo0cloud0prod01");
        const QByteArray secret = QByteArrayLiteral("y0_AgAAAABsecretoauthvalue");
        std::optional<Result<Profile>> saved;
        profiles.save(p, secret, this, [&](const Result<Profile> &r) { saved = r; });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(saved->ok());
        const Profile stored = saved->value();
        QVERIFY(!stored.id.isEmpty());
        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(profiles.profiles().first().name, p.name);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("prod (sa key)"));
        QVERIFY(!ini.contains("secretoauthvalue"));

        std::optional<Result<QByteArray>> read;
        profiles.readSecret(stored, this, [&](const Result<QByteArray> &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok());
        QCOMPARE(read->value(), secret);

        std::optional<std::optional<ApiError>> removed;
        profiles.remove(stored.id, this, [&](const std::optional<ApiError> &e) { removed = e; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(!removed->has_value());
        QVERIFY(profiles.profiles().isEmpty());
        // Deleting the profile deleted its keychain entry.
        read.reset();
        credentials.read(stored.secretKey(), this, [&](const Result<QByteArray> &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, RpcCode::NotFound);
    }

    void keychainErrorsAreActionable() {
        const ApiError e = CredentialStore::errorFor(6 /* NoBackendAvailable */, QStringLiteral("no backend"));
        QVERIFY(e.message.contains(QLatin1String("gnome-keyring")));
        QCOMPARE(e.code, RpcCode::FailedPrecondition);
    }

    void ycConfigIsImported() {
        const QByteArray yaml = R"(current: prod
profiles:
  prod:
    token: y0_AgAAAAexample
    cloud-id: b1gcloud
    folder-id: b1gfolder
  robot:
    service-account-key:
      id: ajekey
      service_account_id: ajesa
      created_at: "2026-01-01T00:00:00Z"
      key_algorithm: RSA_2048
      public_key: |
        -----BEGIN PUBLIC KEY-----
        MIIB
        -----END PUBLIC KEY-----
      private_key: |
        PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <ajekey>
        -----BEGIN PRIVATE KEY-----
        MIIE
        -----END PRIVATE KEY-----
    folder-id: b1grobot
  fed:
    federation-id: bpffed
    endpoint: api.cloud.yandex.net:443
  iam:
    token: t1.abc.def
)";
        const auto parsed = YcConfig::parse(yaml);
        QVERIFY(parsed);
        const auto &list = parsed.value();
        QCOMPARE(list.size(), 4);
        auto find = [&](const QString &n) {
            return *std::find_if(list.begin(), list.end(), [&](const YcProfile &p) { return p.name == n; });
        };
        QVERIFY(find(QStringLiteral("prod")).isCurrent);
        QCOMPARE(find(QStringLiteral("prod")).token, QStringLiteral("y0_AgAAAAexample"));
        QVERIFY(!find(QStringLiteral("prod")).isIamToken());
        QVERIFY(find(QStringLiteral("iam")).isIamToken());
        QCOMPARE(find(QStringLiteral("prod")).folderId, QStringLiteral("b1gfolder"));
        QVERIFY(find(QStringLiteral("robot")).serviceAccountKey.contains("PLEASE DO NOT REMOVE THIS LINE"));
        QVERIFY(find(QStringLiteral("robot")).serviceAccountKey.contains("\"service_account_id\":\"ajesa\""));
        QCOMPARE(find(QStringLiteral("fed")).federationId, QStringLiteral("bpffed"));

        QVERIFY(!YcConfig::parse("profiles: [unclosed"));
        QVERIFY(YcConfig::parse("").ok());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
