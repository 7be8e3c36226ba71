#!/usr/bin/env python3
"""Writes demo-seed.json, the emulator's built-in demo data (deterministic; rerun after editing).

Times are relative to the moment the emulator loads the seed ("now-30d", "now+6h"), so the demo's
scheduled destructions are always due soon.
"""
import json, os, random

rng = random.Random(20261123)
ALPH = "abcdefghijklmnopqrstuv0123456789"

def rid(prefix, n=20):
    return prefix + "".join(rng.choice(ALPH) for _ in range(n - len(prefix)))

clouds = [
    {"id": "b1gdemo0cloud0prod01", "name": "production", "description": "Customer-facing services",
     "organizationId": "bpfdemo0organization", "createdAt": "now-700d"},
    {"id": "b1gdemo0cloud0stage1", "name": "staging", "description": "Pre-release environment",
     "organizationId": "bpfdemo0organization", "createdAt": "now-500d"},
]
folders = [
    {"id": "b1gdemo0folder0back1", "cloudId": "b1gdemo0cloud0prod01", "name": "backend", "description": "API and workers", "createdAt": "now-690d"},
    {"id": "b1gdemo0folder0data1", "cloudId": "b1gdemo0cloud0prod01", "name": "data", "description": "Databases and analytics", "createdAt": "now-680d"},
    {"id": "b1gdemo0folder0ops01", "cloudId": "b1gdemo0cloud0prod01", "name": "ops", "createdAt": "now-600d"},
    {"id": "b1gdemo0folder0app01", "cloudId": "b1gdemo0cloud0stage1", "name": "apps", "createdAt": "now-480d"},
    {"id": "b1gdemo0folder0qa001", "cloudId": "b1gdemo0cloud0stage1", "name": "qa", "createdAt": "now-300d"},
]

def text(key, value):
    return {"key": key, "textValue": value}

def binary(key, size):
    data = bytes(rng.randrange(256) for _ in range(size))
    import base64
    return {"key": key, "binaryValue": base64.b64encode(data).decode()}

def pw(n=24):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-_") for _ in range(n))

secrets = []

# postgres-main: six versions, a realistic rotation history.
pg_versions = []
base = [text("host", "pg-main.backend.internal"), text("port", "6432"), text("user", "app")]
descs = ["Initial credentials", "Rotate password", "Require TLS", "Rotate password (quarterly)",
         "Drop sslmode (set in pgbouncer)", "Rotate password after incident review"]
for i in range(1, 7):
    entries = list(base) + [text("password", pw())]
    if i in (3, 4):
        entries.append(text("sslmode", "verify-full"))
    v = {"id": "e6qv0pgmain%09d" % i, "createdAt": "now-%dd" % (200 - i * 30), "description": descs[i - 1],
         "entries": entries}
    if i == 1:
        v["status"] = "DESTROYED"
        v["entries"] = []
    if i == 2:
        v["status"] = "SCHEDULED_FOR_DESTRUCTION"
        v["destroyAt"] = "now+2d"
    pg_versions.append(v)
secrets.append({"id": "e6qdemo0postgres0001", "folderId": "b1gdemo0folder0back1", "name": "postgres-main",
                "description": "Primary PostgreSQL cluster, application role", "createdAt": "now-200d",
                "labels": {"env": "prod", "team": "backend", "db": "postgres"},
                "currentVersionId": "e6qv0pgmain000000006", "versions": pg_versions})

# rotation-history: 1,000 versions across every status.
hist = []
for i in range(1, 1001):
    v = {"id": "e6qvhist%012d" % i, "createdAt": "now-%dm" % ((1001 - i) * 90),
         "description": "Automated rotation #%d" % i, "entries": [text("token", "tok_" + pw(32))]}
    if i <= 150:
        v["status"] = "DESTROYED"
        v["entries"] = []
    elif i <= 180:
        v["status"] = "SCHEDULED_FOR_DESTRUCTION"
        # A few overdue-by-now ones are destroyed at load; most are due within days.
        v["destroyAt"] = "now+%dh" % (2 + (i - 150) * 5)
    hist.append(v)
secrets.append({"id": "e6qdemo0history00001", "folderId": "b1gdemo0folder0back1", "name": "rotation-history",
                "description": "Webhook signing token rotated every 90 minutes", "createdAt": "now-70d",
                "labels": {"env": "prod", "rotation": "auto"}, "currentVersionId": "e6qvhist000000001000",
                "versions": hist})

spec = {"passwordKey": "password", "length": "32", "includeUppercase": True, "includeLowercase": True,
        "includeDigits": True, "includePunctuation": True, "excludedPunctuation": "\"'`\\"}
secrets.append({"id": "e6qdemo0generated001", "folderId": "b1gdemo0folder0back1", "name": "redis-password",
                "description": "Generated password for the session cache", "createdAt": "now-90d",
                "labels": {"env": "prod", "team": "backend"}, "passwordPayloadSpecification": spec,
                "currentVersionId": "e6qv0redis0000000002",
                "versions": [
                    {"id": "e6qv0redis0000000001", "createdAt": "now-90d", "entries": [text("password", pw(32))],
                     "passwordPayloadSpecification": spec},
                    {"id": "e6qv0redis0000000002", "createdAt": "now-30d", "entries": [text("password", pw(32))],
                     "passwordPayloadSpecification": spec, "description": "Monthly rotation"}]})

secrets.append({"id": "e6qdemo0tlscert00001", "folderId": "b1gdemo0folder0back1", "name": "tls-wildcard",
                "description": "*.example.com certificate and key (binary)", "createdAt": "now-120d",
                "labels": {"env": "prod", "kind": "tls"}, "currentVersionId": "e6qv0tls00000000002",
                "versions": [
                    {"id": "e6qv0tls00000000001", "createdAt": "now-120d", "entries": [binary("cert.der", 900), binary("key.der", 1200)],
                     "status": "SCHEDULED_FOR_DESTRUCTION", "destroyAt": "now+6h"},
                    {"id": "e6qv0tls00000000002", "createdAt": "now-20d", "description": "Renewed",
                     "entries": [binary("cert.der", 910), binary("key.der", 1200), text("chain.pem", "-----BEGIN CERTIFICATE-----\nMIIB...demo...\n-----END CERTIFICATE-----\n")]}]})

secrets.append({"id": "e6qdemo0inactive0001", "folderId": "b1gdemo0folder0back1", "name": "legacy-api-key",
                "description": "Old partner API key, kept for audit", "createdAt": "now-400d", "status": "INACTIVE",
                "labels": {"env": "prod", "deprecated": "true"}, "currentVersionId": "e6qv0legacy000000001",
                "versions": [{"id": "e6qv0legacy000000001", "createdAt": "now-400d", "entries": [text("api-key", "lk_" + pw(40))]}]})

secrets.append({"id": "e6qdemo0protected001", "folderId": "b1gdemo0folder0back1", "name": "payments-root",
                "description": "Payment gateway master credentials", "createdAt": "now-365d", "deletionProtection": True,
                "labels": {"env": "prod", "team": "payments", "pci": "yes"}, "currentVersionId": "e6qv0payments0000001",
                "versions": [{"id": "e6qv0payments0000001", "createdAt": "now-365d",
                              "entries": [text("merchant-id", "M-2231-77"), text("api-secret", pw(48)), text("webhook/secret", pw(32))]}]})

# More ordinary secrets spread over the folders (about 30 in all).
names = ["smtp-relay", "s3-backup-keys", "sentry-dsn", "oauth-github", "jwt-signing", "kafka-sasl", "clickhouse-ro",
         "mysql-reporting", "grafana-admin", "vault-unseal", "slack-webhook", "stripe-test", "mongo-analytics",
         "registry-pull", "ldap-bind", "pagerduty", "elastic-writer", "redis-queue", "minio-root", "otel-collector",
         "datadog-api", "cdn-purge", "geoip-license", "twilio"]
folder_ids = [f["id"] for f in folders]
for n, name in enumerate(names):
    fid = folder_ids[n % len(folder_ids)]
    sid = "e6qdemo%013d" % (100 + n)
    count = 1 + n % 4
    versions = []
    for i in range(1, count + 1):
        versions.append({"id": "e6qv%02d%014d" % (n, i), "createdAt": "now-%dd" % (60 - i * 10),
                         "entries": [text("username", name.split("-")[0]), text("password", pw())]})
    if n % 7 == 3:
        versions[0]["status"] = "SCHEDULED_FOR_DESTRUCTION"
        versions[0]["destroyAt"] = "now+%dd" % (1 + n % 5)
    secrets.append({"id": sid, "folderId": fid, "name": name, "createdAt": "now-%dd" % (60 + n),
                    "labels": {"env": "prod" if fid.startswith("b1gdemo0folder0") and n % 2 == 0 else "stage"},
                    "currentVersionId": versions[-1]["id"], "versions": versions})

seed = {
    "comment": "Lockbox emulator demo seed. Generated by make-demo-seed.py; times are relative to load.",
    "clouds": clouds,
    "folders": folders,
    "subjects": [
        {"id": "ajedemo0viewer000001", "type": "userAccount", "roles": ["lockbox.viewer"], "tokens": ["demo-viewer"]},
        {"id": "ajedemo0editor000001", "type": "userAccount", "roles": ["lockbox.editor"], "tokens": ["demo-editor"]},
        {"id": "ajedemo0reader000001", "type": "userAccount", "roles": ["lockbox.viewer", "lockbox.payloadViewer"], "tokens": ["demo-reader"]},
        {"id": "ajedemo0oauthuser001", "type": "userAccount", "roles": ["admin"], "oauthTokens": ["y0_demo-oauth-token"]},
    ],
    "serviceAccounts": [],
    "secrets": secrets,
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo-seed.json")
with open(out, "w") as f:
    json.dump(seed, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(out, len(secrets), "secrets")
