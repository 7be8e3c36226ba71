<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddVersionDialog</name>
    <message>
        <source>Add Version</source>
        <translation>Add Version</translation>
    </message>
    <message>
        <source>&amp;Base version:</source>
        <translation>&amp;Base version:</translation>
    </message>
    <message>
        <source>Base version</source>
        <translation>Base version</translation>
    </message>
    <message>
        <source>Inherited keys:</source>
        <translation>Inherited keys:</translation>
    </message>
    <message>
        <source>&amp;Edit keys and values</source>
        <translation>&amp;Edit keys and values</translation>
    </message>
    <message>
        <source>&amp;Generate a new password</source>
        <translation>&amp;Generate a new password</translation>
    </message>
    <message>
        <source>Keys and values of the new version</source>
        <translation>Keys and values of the new version</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>&amp;Add Key</translation>
    </message>
    <message>
        <source>Re&amp;move New Key</source>
        <translation>Re&amp;move New Key</translation>
    </message>
    <message>
        <source>&amp;Load Value from File…</source>
        <translation>&amp;Load Value from File…</translation>
    </message>
    <message>
        <source>S&amp;how values</source>
        <translation>S&amp;how values</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Description of the new version</source>
        <translation>Description of the new version</translation>
    </message>
    <message>
        <source>Why this version is added, e.g. &quot;Rotate password after incident review&quot;</source>
        <translation>Why this version is added, e.g. &quot;Rotate password after incident review&quot;</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server&apos;s response could not be read: %1</source>
        <translation>The server&apos;s response could not be read: %1</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>unexpected content</translation>
    </message>
    <message>
        <source>No credentials are configured for this profile</source>
        <translation>No credentials are configured for this profile</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If the server uses a private certificate authority, add its CA certificate to the profile.</source>
        <translation>The server&apos;s certificate is not trusted (%1). If the server uses a private certificate authority, add its CA certificate to the profile.</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere; it was not followed (%1)</source>
        <translation>The server redirected the request elsewhere; it was not followed (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s response was cut short (%1)</source>
        <translation>The server&apos;s response was cut short (%1)</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Could not reach the server: %1</translation>
    </message>
</context>
<context>
    <name>CancelDestructionDialog</name>
    <message>
        <source>Cancel Version Destruction</source>
        <translation>Cancel Version Destruction</translation>
    </message>
    <message>
        <source>The scheduled destruction of these versions will be cancelled and they become active again.</source>
        <translation>The scheduled destruction of these versions will be cancelled and they become active again.</translation>
    </message>
    <message>
        <source>Versions whose destruction is cancelled</source>
        <translation>Versions whose destruction is cancelled</translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>The IAM token was refused; paste a new token in the profile</source>
        <translation>The IAM token was refused; paste a new token in the profile</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The credential is not in the keychain.</source>
        <translation>The credential is not in the keychain.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring (for example with Seahorse or your desktop&apos;s login) and try again.</source>
        <translation>The keychain refused access (%1). Unlock your keyring (for example with Seahorse or your desktop&apos;s login) and try again.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Lockbox Desktop keeps credentials only in the system keychain: install and start a Secret Service such as gnome-keyring or KWallet.</source>
        <translation>No keychain is available (%1). Lockbox Desktop keeps credentials only in the system keychain: install and start a Secret Service such as gnome-keyring or KWallet.</translation>
    </message>
    <message>
        <source>The keychain failed: %1. If no Secret Service is running, install gnome-keyring (or KWallet) and unlock it.</source>
        <translation>The keychain failed: %1. If no Secret Service is running, install gnome-keyring (or KWallet) and unlock it.</translation>
    </message>
</context>
<context>
    <name>ExchangeTokenProvider</name>
    <message>
        <source>IAM refused the service account key: %1</source>
        <translation>IAM refused the service account key: %1</translation>
    </message>
    <message>
        <source>IAM refused the OAuth token: %1. Get a new one at oauth.yandex.com.</source>
        <translation>IAM refused the OAuth token: %1. Get a new one at oauth.yandex.com.</translation>
    </message>
</context>
<context>
    <name>PasswordSpecDialog</name>
    <message>
        <source>Password Specification</source>
        <translation>Password Specification</translation>
    </message>
    <message>
        <source>The service generates the password of each new version from this specification.</source>
        <translation>The service generates the password of each new version from this specification.</translation>
    </message>
    <message>
        <source>Password &amp;key:</source>
        <translation>Password &amp;key:</translation>
    </message>
    <message>
        <source>Password key</source>
        <translation>Password key</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>Password length</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>&amp;Uppercase letters (A–Z)</source>
        <translation>&amp;Uppercase letters (A–Z)</translation>
    </message>
    <message>
        <source>Lo&amp;wercase letters (a–z)</source>
        <translation>Lo&amp;wercase letters (a–z)</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>&amp;Digits (0–9)</translation>
    </message>
    <message>
        <source>&amp;Punctuation</source>
        <translation>&amp;Punctuation</translation>
    </message>
    <message>
        <source>Which punctuation characters</source>
        <translation>Which punctuation characters</translation>
    </message>
    <message>
        <source>Punctuation characters</source>
        <translation>Punctuation characters</translation>
    </message>
    <message>
        <source>Characters, e.g. !#$%</source>
        <translation>Characters, e.g. !#$%</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Sample password</source>
        <translation>Sample password</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>&amp;New Sample</source>
        <translation>&amp;New Sample</translation>
    </message>
    <message>
        <source>Generated on this computer to show what the specification allows. It is never sent; the service generates the real password.</source>
        <translation>Generated on this computer to show what the specification allows. It is never sent; the service generates the real password.</translation>
    </message>
    <message>
        <source>&amp;Generate a new version now</source>
        <translation>&amp;Generate a new version now</translation>
    </message>
</context>
<context>
    <name>ScheduleDestructionDialog</name>
    <message>
        <source>Schedule Version Destruction</source>
        <translation>Schedule Version Destruction</translation>
    </message>
    <message>
        <source>These versions will be destroyed when the pending period ends. Until then the destruction can be cancelled; after that the values cannot be recovered.</source>
        <translation>These versions will be destroyed when the pending period ends. Until then the destruction can be cancelled; after that the values cannot be recovered.</translation>
    </message>
    <message>
        <source>Versions to schedule for destruction</source>
        <translation>Versions to schedule for destruction</translation>
    </message>
    <message>
        <source>&amp;Pending period:</source>
        <translation>&amp;Pending period:</translation>
    </message>
    <message>
        <source>Pending period</source>
        <translation>Pending period</translation>
    </message>
    <message>
        <source>C&amp;ustom period:</source>
        <translation>C&amp;ustom period:</translation>
    </message>
    <message>
        <source>Custom pending period</source>
        <translation>Custom pending period</translation>
    </message>
    <message>
        <source>Unit of the custom pending period</source>
        <translation>Unit of the custom pending period</translation>
    </message>
    <message>
        <source>Destroyed at:</source>
        <translation>Destroyed at:</translation>
    </message>
    <message>
        <source>The current version is among them. Once it is destroyed, reading the secret without a version ID fails. Consider setting another version as current first.</source>
        <translation>The current version is among them. Once it is destroyed, reading the secret without a version ID fails. Consider setting another version as current first.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message>
        <source>The authorized key file is not valid JSON.</source>
        <translation>The authorized key file is not valid JSON.</translation>
    </message>
    <message>
        <source>The authorized key file lacks id, service_account_id or private_key. Create one with &quot;yc iam key create --service-account-name NAME -o key.json&quot;.</source>
        <translation>The authorized key file lacks id, service_account_id or private_key. Create one with &quot;yc iam key create --service-account-name NAME -o key.json&quot;.</translation>
    </message>
    <message>
        <source>The private key in the authorized key file is not PEM.</source>
        <translation>The private key in the authorized key file is not PEM.</translation>
    </message>
    <message>
        <source>The private key of the authorized key cannot be read as an RSA key.</source>
        <translation>The private key of the authorized key cannot be read as an RSA key.</translation>
    </message>
    <message>
        <source>Signing the JWT failed.</source>
        <translation>Signing the JWT failed.</translation>
    </message>
</context>
<context>
    <name>YcCliTokenProvider</name>
    <message>
        <source>The yc CLI is not installed or not on PATH; it is needed to get tokens for federated accounts.</source>
        <translation>The yc CLI is not installed or not on PATH; it is needed to get tokens for federated accounts.</translation>
    </message>
    <message>
        <source>yc iam create-token failed: %1</source>
        <translation>yc iam create-token failed: %1</translation>
    </message>
    <message>
        <source>yc could not be started.</source>
        <translation>yc could not be started.</translation>
    </message>
</context>
<context>
    <name>YcConfig</name>
    <message>
        <source>The yc configuration is not valid YAML: %1</source>
        <translation>The yc configuration is not valid YAML: %1</translation>
    </message>
    <message>
        <source>The yc configuration cannot be read: %1</source>
        <translation>The yc configuration cannot be read: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>lockbox::CloudFolderModel</name>
    <message>
        <source>Cloud %1</source>
        <translation>Cloud %1</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <source>Clouds and folders</source>
        <translation>Clouds and folders</translation>
    </message>
</context>
<context>
    <name>lockbox::OperationPoller</name>
    <message>
        <source>The operation was cancelled</source>
        <translation>The operation was cancelled</translation>
    </message>
    <message>
        <source>The operation did not finish in time; it may still complete on the server</source>
        <translation>The operation did not finish in time; it may still complete on the server</translation>
    </message>
</context>
<context>
    <name>lockbox::SecretsModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creating</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <source>Deletion protection is on: the secret cannot be deleted</source>
        <translation>Deletion protection is on: the secret cannot be deleted</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation>Deletion protection</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>lockbox::VersionsModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Scheduled for destruction</source>
        <translation>Scheduled for destruction</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destroy at</source>
        <translation>Destroy at</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::AddVersionDialog</name>
    <message>
        <source>Add Version — %1</source>
        <translation>Add Version — %1</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <source>(scheduled for destruction)</source>
        <translation>(scheduled for destruction)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Add Version</source>
        <translation>&amp;Add Version</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Add version</translation>
    </message>
    <message>
        <source>The service generates a new value for “%1” from the secret&apos;s password specification (%2). No values are sent.</source>
        <translation>The service generates a new value for “%1” from the secret&apos;s password specification (%2). No values are sent.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A key of the base version</source>
        <translation>A key of the base version</translation>
    </message>
    <message>
        <source>Change of key %1</source>
        <translation>Change of key %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Key of new entry %1</source>
        <translation>Key of new entry %1</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>new key</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Value type of row %1</source>
        <translation>Value type of row %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binary</translation>
    </message>
    <message>
        <source>Value of row %1</source>
        <translation>Value of row %1</translation>
    </message>
    <message>
        <source>removed from the new version</source>
        <translation>removed from the new version</translation>
    </message>
    <message>
        <source>kept from the base version</source>
        <translation>kept from the base version</translation>
    </message>
    <message>
        <source>use Load Value from File…</source>
        <translation>use Load Value from File…</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>new value</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>The description is %1 characters long; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>A new key has no name.</source>
        <translation>A new key has no name.</translation>
    </message>
    <message>
        <source>The key “%1…” is longer than %2 characters.</source>
        <translation>The key “%1…” is longer than %2 characters.</translation>
    </message>
    <message>
        <source>The key “%1” may contain only Latin letters, digits and - _ . / \ @.</source>
        <translation>The key “%1” may contain only Latin letters, digits and - _ . / \ @.</translation>
    </message>
    <message>
        <source>The key “%1” is listed twice. To change a key of the base version, choose Change in its row.</source>
        <translation>The key “%1” is listed twice. To change a key of the base version, choose Change in its row.</translation>
    </message>
    <message>
        <source>Load a file for the binary value of “%1”.</source>
        <translation>Load a file for the binary value of “%1”.</translation>
    </message>
    <message>
        <source>The value of “%1” is empty. An empty value removes the key: choose Remove to remove it.</source>
        <translation>The value of “%1” is empty. An empty value removes the key: choose Remove to remove it.</translation>
    </message>
    <message>
        <source>The value of “%1” is %2 bytes; at most %3 bytes are allowed.</source>
        <translation>The value of “%1” is %2 bytes; at most %3 bytes are allowed.</translation>
    </message>
    <message>
        <source>The values sent total %1 bytes; a version may hold at most %2 bytes of values.</source>
        <translation>The values sent total %1 bytes; a version may hold at most %2 bytes of values.</translation>
    </message>
    <message>
        <source>The new version would have no keys: keep or add at least one.</source>
        <translation>The new version would have no keys: keep or add at least one.</translation>
    </message>
    <message>
        <source>Nothing to add yet: change, remove or add a key, or enter a description.</source>
        <translation>Nothing to add yet: change, remove or add a key, or enter a description.</translation>
    </message>
    <message>
        <source>Values sent: %1 of %2 bytes. Values kept from the base version are not counted: this dialog does not read them, and the server checks the version&apos;s total.</source>
        <translation>Values sent: %1 of %2 bytes. Values kept from the base version are not counted: this dialog does not read them, and the server checks the version&apos;s total.</translation>
    </message>
    <message>
        <source>Load Value from File</source>
        <translation>Load Value from File</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a value may be at most %3 bytes.</source>
        <translation>%1 is %2 bytes; a value may be at most %3 bytes.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Choose the Binary type to send it as bytes.</source>
        <translation>%1 is not UTF-8 text. Choose the Binary type to send it as bytes.</translation>
    </message>
    <message>
        <source>The version was not added.</source>
        <translation>The version was not added.</translation>
    </message>
    <message>
        <source>Adding the version…</source>
        <translation>Adding the version…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;%Ln byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%Ln byte&gt;</numerusform>
            <numerusform>&lt;%Ln bytes&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;%Ln byte(s)&gt; from %1</source>
        <translation>
            <numerusform>&lt;%Ln byte&gt; from %1</numerusform>
            <numerusform>&lt;%Ln bytes&gt; from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the description changes; the values are those of the base version.</source>
        <translation>Only the description changes; the values are those of the base version.</translation>
    </message>
    <message>
        <source>To send: %1 changed, %2 removed, %3 added; other keys are kept from the base version.</source>
        <translation>To send: %1 changed, %2 removed, %3 added; other keys are kept from the base version.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::CancelDestructionDialog</name>
    <message>
        <source>Not scheduled for destruction, left as they are: %1</source>
        <translation>Not scheduled for destruction, left as they are: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancel Destruction of %n Version(s)</source>
        <translation>
            <numerusform>Cancel Destruction of %n Version</numerusform>
            <numerusform>Cancel Destruction of %n Versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;Destruction</source>
        <translation>Cancel &amp;Destruction</translation>
    </message>
    <message>
        <source>Cancel destruction</source>
        <translation>Cancel destruction</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Scheduled for destruction at %1</source>
        <translation>Scheduled for destruction at %1</translation>
    </message>
    <message>
        <source>Destruction cancelled; the version is active</source>
        <translation>Destruction cancelled; the version is active</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Retry Failed</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Dismiss the error</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::ErrorText</name>
    <message>
        <source>Network error</source>
        <translation>Network error</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Secure connection failed</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unexpected answer from the server</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Rejected by the server</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>Not possible now</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Quota or rate limit exceeded</source>
        <translation>Quota or rate limit exceeded</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Service unavailable</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Server error</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>no details given</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Reload the secrets and the selected secret&apos;s versions</source>
        <translation>Reload the secrets and the selected secret&apos;s versions</translation>
    </message>
    <message>
        <source>&amp;Add Version…</source>
        <translation>&amp;Add Version…</translation>
    </message>
    <message>
        <source>Add a version to the selected secret</source>
        <translation>Add a version to the selected secret</translation>
    </message>
    <message>
        <source>&amp;Password Specification…</source>
        <translation>&amp;Password Specification…</translation>
    </message>
    <message>
        <source>Change how the service generates this secret&apos;s password</source>
        <translation>Change how the service generates this secret&apos;s password</translation>
    </message>
    <message>
        <source>&amp;Schedule Destruction…</source>
        <translation>&amp;Schedule Destruction…</translation>
    </message>
    <message>
        <source>Schedule the destruction of the selected versions</source>
        <translation>Schedule the destruction of the selected versions</translation>
    </message>
    <message>
        <source>&amp;Cancel Destruction…</source>
        <translation>&amp;Cancel Destruction…</translation>
    </message>
    <message>
        <source>Cancel the scheduled destruction of the selected versions</source>
        <translation>Cancel the scheduled destruction of the selected versions</translation>
    </message>
    <message>
        <source>Set as C&amp;urrent…</source>
        <translation>Set as C&amp;urrent…</translation>
    </message>
    <message>
        <source>Make the selected version current</source>
        <translation>Make the selected version current</translation>
    </message>
    <message>
        <source>&amp;Copy Version ID</source>
        <translation>&amp;Copy Version ID</translation>
    </message>
    <message>
        <source>Copy the selected version IDs</source>
        <translation>Copy the selected version IDs</translation>
    </message>
    <message>
        <source>Load &amp;Next Page</source>
        <translation>Load &amp;Next Page</translation>
    </message>
    <message>
        <source>Load the next page of versions</source>
        <translation>Load the next page of versions</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit Lockbox Desktop</source>
        <translation>Quit Lockbox Desktop</translation>
    </message>
    <message>
        <source>&amp;About Lockbox Desktop</source>
        <translation>&amp;About Lockbox Desktop</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Version and license</translation>
    </message>
    <message>
        <source>About Lockbox Desktop</source>
        <translation>About Lockbox Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lockbox Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop client for the versions of Yandex Cloud Lockbox secrets.&lt;/p&gt;&lt;p&gt;It shows and changes version metadata; it never displays secret values.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lockbox Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop client for the versions of Yandex Cloud Lockbox secrets.&lt;/p&gt;&lt;p&gt;It shows and changes version metadata; it never displays secret values.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox.&lt;/b&gt; A local emulator with demo data at %1. Nothing here reaches Yandex Cloud, and every change is lost when the application quits.</source>
        <translation>&lt;b&gt;Sandbox.&lt;/b&gt; A local emulator with demo data at %1. Nothing here reaches Yandex Cloud, and every change is lost when the application quits.</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Folder ID</source>
        <translation>Folder ID</translation>
    </message>
    <message>
        <source>The ID of the folder whose secrets are listed; press Enter to load it</source>
        <translation>The ID of the folder whose secrets are listed; press Enter to load it</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Filter secrets</translation>
    </message>
    <message>
        <source>Filter by name or label (env=prod)</source>
        <translation>Filter by name or label (env=prod)</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Page size:</translation>
    </message>
    <message>
        <source>Versions per page</source>
        <translation>Versions per page</translation>
    </message>
    <message>
        <source>Load Next Page</source>
        <translation>Load Next Page</translation>
    </message>
    <message>
        <source>The secrets of folder %1 could not be loaded.</source>
        <translation>The secrets of folder %1 could not be loaded.</translation>
    </message>
    <message>
        <source>The versions could not be loaded.</source>
        <translation>The versions could not be loaded.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>[Sandbox]</source>
        <translation>[Sandbox]</translation>
    </message>
    <message>
        <source>No secret selected</source>
        <translation>No secret selected</translation>
    </message>
    <message>
        <source>Enter a folder ID to list its secrets.</source>
        <translation>Enter a folder ID to list its secrets.</translation>
    </message>
    <message>
        <source>Select a secret on the left to see its versions.</source>
        <translation>Select a secret on the left to see its versions.</translation>
    </message>
    <message>
        <source>Lockbox Desktop</source>
        <translation>Lockbox Desktop</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Current version: %1</source>
        <translation>Current version: %1</translation>
    </message>
    <message>
        <source>No current version</source>
        <translation>No current version</translation>
    </message>
    <message>
        <source>Deletion protection on</source>
        <translation>Deletion protection on</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Generated: %1</translation>
    </message>
    <message>
        <source>%1 — Lockbox Desktop</source>
        <translation>%1 — Lockbox Desktop</translation>
    </message>
    <message>
        <source>This secret holds values set by users; it has no password specification</source>
        <translation>This secret holds values set by users; it has no password specification</translation>
    </message>
    <message>
        <source>Change how the service generates this secret&apos;s password (%1)</source>
        <translation>Change how the service generates this secret&apos;s password (%1)</translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>Loading versions…</translation>
    </message>
    <message>
        <source>more on the server</source>
        <translation>more on the server</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) running</source>
        <translation>
            <numerusform>%n operation running</numerusform>
            <numerusform>%n operations running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version ID(s) copied</source>
        <translation>
            <numerusform>%n version ID copied</numerusform>
            <numerusform>%n version IDs copied</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 added; it is now the current version</source>
        <translation>Version %1 added; it is now the current version</translation>
    </message>
    <message>
        <source>Password specification saved</source>
        <translation>Password specification saved</translation>
    </message>
    <message>
        <source>Set as Current Version</source>
        <translation>Set as Current Version</translation>
    </message>
    <message>
        <source>Make version %1 the current version of “%2”?</source>
        <translation>Make version %1 the current version of “%2”?</translation>
    </message>
    <message>
        <source>Applications that read the secret without a version ID get this version&apos;s values from now on. The version that is current now stays active.</source>
        <translation>Applications that read the secret without a version ID get this version&apos;s values from now on. The version that is current now stays active.</translation>
    </message>
    <message>
        <source>Set as &amp;Current</source>
        <translation>Set as &amp;Current</translation>
    </message>
    <message>
        <source>Version %1 was not made current.</source>
        <translation>Version %1 was not made current.</translation>
    </message>
    <message>
        <source>Version %1 is now the current version</source>
        <translation>Version %1 is now the current version</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) loaded</source>
        <translation>
            <numerusform>%Ln version loaded</numerusform>
            <numerusform>%Ln versions loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destruction of %n version(s) scheduled</source>
        <translation>
            <numerusform>Destruction of %n version scheduled</numerusform>
            <numerusform>Destruction of %n versions scheduled</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled destruction cancelled</source>
        <translation>Scheduled destruction cancelled</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::PasswordSpecDialog</name>
    <message>
        <source>Password Specification — %1</source>
        <translation>Password Specification — %1</translation>
    </message>
    <message>
        <source>All punctuation</source>
        <translation>All punctuation</translation>
    </message>
    <message>
        <source>Only these</source>
        <translation>Only these</translation>
    </message>
    <message>
        <source>All except these</source>
        <translation>All except these</translation>
    </message>
    <message>
        <source>Generate another sample</source>
        <translation>Generate another sample</translation>
    </message>
    <message>
        <source>Show the sample password</source>
        <translation>Show the sample password</translation>
    </message>
    <message>
        <source>Enter the key the password is stored under.</source>
        <translation>Enter the key the password is stored under.</translation>
    </message>
    <message>
        <source>The key may contain only Latin letters, digits and - _ . / \ @, at most %1 characters.</source>
        <translation>The key may contain only Latin letters, digits and - _ . / \ @, at most %1 characters.</translation>
    </message>
    <message>
        <source>The length must be between 1 and %1.</source>
        <translation>The length must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation>Choose at least one kind of character.</translation>
    </message>
    <message>
        <source>List either the punctuation to use or the punctuation to leave out, not both.</source>
        <translation>List either the punctuation to use or the punctuation to leave out, not both.</translation>
    </message>
    <message>
        <source>Turn punctuation on to list punctuation characters.</source>
        <translation>Turn punctuation on to list punctuation characters.</translation>
    </message>
    <message>
        <source>At most %1 punctuation characters can be listed.</source>
        <translation>At most %1 punctuation characters can be listed.</translation>
    </message>
    <message>
        <source>At most %1 punctuation characters can be left out.</source>
        <translation>At most %1 punctuation characters can be left out.</translation>
    </message>
    <message>
        <source>Every punctuation character is left out: turn punctuation off instead.</source>
        <translation>Every punctuation character is left out: turn punctuation off instead.</translation>
    </message>
    <message>
        <source>Only these punctuation characters can be listed: %1</source>
        <translation>Only these punctuation characters can be listed: %1</translation>
    </message>
    <message>
        <source>List the punctuation characters to use.</source>
        <translation>List the punctuation characters to use.</translation>
    </message>
    <message>
        <source>List the punctuation characters to leave out.</source>
        <translation>List the punctuation characters to leave out.</translation>
    </message>
    <message>
        <source>No punctuation.</source>
        <translation>No punctuation.</translation>
    </message>
    <message>
        <source>Punctuation used: %1</source>
        <translation>Punctuation used: %1</translation>
    </message>
    <message>
        <source>&amp;Save and Generate</source>
        <translation>&amp;Save and Generate</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>Saving the specification…</source>
        <translation>Saving the specification…</translation>
    </message>
    <message>
        <source>The specification was not saved.</source>
        <translation>The specification was not saved.</translation>
    </message>
    <message>
        <source>Generating a new version…</source>
        <translation>Generating a new version…</translation>
    </message>
    <message>
        <source>The specification is saved, but the new version was not generated.</source>
        <translation>The specification is saved, but the new version was not generated.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::ScheduleDestructionDialog</name>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>7 days (default)</source>
        <translation>7 days (default)</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message numerus="yes">
        <source>Schedule Destruction of %n Version(s)</source>
        <translation>
            <numerusform>Schedule Destruction of %n Version</numerusform>
            <numerusform>Schedule Destruction of %n Versions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule Destruction</source>
        <translation>&amp;Schedule Destruction</translation>
    </message>
    <message>
        <source>Schedule destruction</source>
        <translation>Schedule destruction</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Scheduled for destruction at %1</source>
        <translation>Scheduled for destruction at %1</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Retry Failed</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::SecretsListProxy</name>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (deactivated)</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::StatusPresentation</name>
    <message>
        <source>Creating</source>
        <translation>Creating</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>only %1</translation>
    </message>
    <message>
        <source>punctuation except %1</source>
        <translation>punctuation except %1</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>punctuation</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>length chosen by the server</source>
        <translation>length chosen by the server</translation>
    </message>
    <message>
        <source>key “%1”, %2: %3</source>
        <translation>key “%1”, %2: %3</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::VersionBatch</name>
    <message>
        <source>(current version)</source>
        <translation>(current version)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) failed:</source>
        <translation>
            <numerusform>%n version failed:</numerusform>
            <numerusform>%n versions failed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockbox::ui::VersionDetailsPane</name>
    <message>
        <source>Version ID:</source>
        <translation>Version ID:</translation>
    </message>
    <message>
        <source>Copy the version ID</source>
        <translation>Copy the version ID</translation>
    </message>
    <message>
        <source>Version ID copied</source>
        <translation>Version ID copied</translation>
    </message>
    <message>
        <source>Secret ID:</source>
        <translation>Secret ID:</translation>
    </message>
    <message>
        <source>Copy the secret ID</source>
        <translation>Copy the secret ID</translation>
    </message>
    <message>
        <source>Secret ID copied</source>
        <translation>Secret ID copied</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Destroy at:</source>
        <translation>Destroy at:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Keys:</translation>
    </message>
    <message>
        <source>Password specification:</source>
        <translation>Password specification:</translation>
    </message>
    <message>
        <source>Select a version to see its details.</source>
        <translation>Select a version to see its details.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) selected.</source>
        <translation>
            <numerusform>%n version selected.</numerusform>
            <numerusform>%n versions selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · current version</source>
        <translation>%1 · current version</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>no description</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>no keys</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s): %1</source>
        <translation>
            <numerusform>%n key: %1</numerusform>
            <numerusform>%n keys: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none: values set by users</source>
        <translation>none: values set by users</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::VersionsTableProxy</name>
    <message>
        <source>This is the current version: reading the secret without a version id returns it</source>
        <translation>This is the current version: reading the secret without a version id returns it</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Yandex Cloud Lockbox secret versions.</source>
        <translation>Desktop client for Yandex Cloud Lockbox secret versions.</translation>
    </message>
    <message>
        <source>Start a local emulator with demo data and connect to it.</source>
        <translation>Start a local emulator with demo data and connect to it.</translation>
    </message>
    <message>
        <source>Interface language: en or ru.</source>
        <translation>Interface language: en or ru.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or ru.</source>
        <translation>Unknown language “%1”: use en or ru.</translation>
    </message>
    <message>
        <source>Lockbox Desktop</source>
        <translation>Lockbox Desktop</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>The sandbox could not start: %1</translation>
    </message>
    <message>
        <source>Connecting to Yandex Cloud with your own profiles comes in a later version.</source>
        <translation>Connecting to Yandex Cloud with your own profiles comes in a later version.</translation>
    </message>
    <message>
        <source>You can try everything now in the sandbox: a local emulator with demo secrets. Nothing in it reaches Yandex Cloud.</source>
        <translation>You can try everything now in the sandbox: a local emulator with demo secrets. Nothing in it reaches Yandex Cloud.</translation>
    </message>
    <message>
        <source>Start the &amp;Sandbox</source>
        <translation>Start the &amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>With --sandbox: load the demo secret&apos;s versions, then exit (0 on success).</source>
        <translation>With --sandbox: load the demo secret&apos;s versions, then exit (0 on success).</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the window&apos;s first paint, then exit.</source>
        <translation>Print the milliseconds from start to the window&apos;s first paint, then exit.</translation>
    </message>
    <message>
        <source>--smoke-test needs --sandbox.</source>
        <translation>--smoke-test needs --sandbox.</translation>
    </message>
</context>
</TS>
