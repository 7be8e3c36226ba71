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
    <message>
        <source>The version whose keys and values the new version starts from.</source>
        <translation>The version whose keys and values the new version starts from.</translation>
    </message>
    <message>
        <source>Edit the entries of the new version: keep, change, remove or add keys.</source>
        <translation>Edit the entries of the new version: keep, change, remove or add keys.</translation>
    </message>
    <message>
        <source>Lockbox generates a new password under the secret&apos;s password specification.</source>
        <translation>Lockbox generates a new password under the secret&apos;s password specification.</translation>
    </message>
    <message>
        <source>The keys of the new version and what happens to each: kept, changed, removed or added.</source>
        <translation>The keys of the new version and what happens to each: kept, changed, removed or added.</translation>
    </message>
    <message>
        <source>Adds a new key to the version.</source>
        <translation>Adds a new key to the version.</translation>
    </message>
    <message>
        <source>Removes the selected key from the new version.</source>
        <translation>Removes the selected key from the new version.</translation>
    </message>
    <message>
        <source>Loads the value of the selected entry from a file.</source>
        <translation>Loads the value of the selected entry from a file.</translation>
    </message>
    <message>
        <source>Shows the typed values instead of masking them.</source>
        <translation>Shows the typed values instead of masking them.</translation>
    </message>
    <message>
        <source>Add &amp;Key</source>
        <translation>Add &amp;Key</translation>
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
    <message numerus="yes">
        <source>The server did not answer within %n second(s)</source>
        <translation>
            <numerusform>The server did not answer within %n second</numerusform>
            <numerusform>The server did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelDestructionDialog</name>
    <message>
        <source>Cancel Version Destruction</source>
        <translation>Cancel Version Destruction</translation>
    </message>
    <message>
        <source>Versions whose destruction is cancelled</source>
        <translation>Versions whose destruction is cancelled</translation>
    </message>
    <message>
        <source>The versions whose scheduled destruction is cancelled, with the outcome of each.</source>
        <translation>The versions whose scheduled destruction is cancelled, with the outcome of each.</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Compare Versions</translation>
    </message>
    <message>
        <source>Keys of both versions</source>
        <translation>Keys of both versions</translation>
    </message>
    <message>
        <source>Each key with how it changed from version A to version B</source>
        <translation>Each key with how it changed from version A to version B</translation>
    </message>
    <message>
        <source>Compare &amp;Values</source>
        <translation>Compare &amp;Values</translation>
    </message>
    <message>
        <source>Compare values</source>
        <translation>Compare values</translation>
    </message>
    <message>
        <source>Reads both versions and marks each kept key as changed or unchanged, without showing the values</source>
        <translation>Reads both versions and marks each kept key as changed or unchanged, without showing the values</translation>
    </message>
    <message>
        <source>Reading the values</source>
        <translation>Reading the values</translation>
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
    <name>DeleteSecretDialog</name>
    <message>
        <source>Delete Secret</source>
        <translation>Delete Secret</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
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
    <message>
        <source>The key under which Lockbox stores the generated password.</source>
        <translation>The key under which Lockbox stores the generated password.</translation>
    </message>
    <message>
        <source>Number of characters in a generated password, 1 to 256.</source>
        <translation>Number of characters in a generated password, 1 to 256.</translation>
    </message>
    <message>
        <source>Generated passwords contain capital letters A–Z.</source>
        <translation>Generated passwords contain capital letters A–Z.</translation>
    </message>
    <message>
        <source>Generated passwords contain small letters a–z.</source>
        <translation>Generated passwords contain small letters a–z.</translation>
    </message>
    <message>
        <source>Generated passwords contain digits 0–9.</source>
        <translation>Generated passwords contain digits 0–9.</translation>
    </message>
    <message>
        <source>Generated passwords contain punctuation characters.</source>
        <translation>Generated passwords contain punctuation characters.</translation>
    </message>
    <message>
        <source>Whether the characters typed next to it are the only punctuation used or the punctuation left out.</source>
        <translation>Whether the characters typed next to it are the only punctuation used or the punctuation left out.</translation>
    </message>
    <message>
        <source>A password generated on this computer with the settings above, to show their effect; it is not saved.</source>
        <translation>A password generated on this computer with the settings above, to show their effect; it is not saved.</translation>
    </message>
    <message>
        <source>Shows the sample password instead of masking it.</source>
        <translation>Shows the sample password instead of masking it.</translation>
    </message>
    <message>
        <source>Generates another sample password with the same settings.</source>
        <translation>Generates another sample password with the same settings.</translation>
    </message>
    <message>
        <source>After saving the specification, Lockbox generates a new version with a new password.</source>
        <translation>After saving the specification, Lockbox generates a new version with a new password.</translation>
    </message>
</context>
<context>
    <name>PayloadViewerDialog</name>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Reading the values</source>
        <translation>Reading the values</translation>
    </message>
    <message>
        <source>Reading the values…</source>
        <translation>Reading the values…</translation>
    </message>
    <message>
        <source>Keys and values</source>
        <translation>Keys and values</translation>
    </message>
    <message>
        <source>Values are hidden until shown. Space shows or hides the value of the selected key; Ctrl+C copies it.</source>
        <translation>Values are hidden until shown. Space shows or hides the value of the selected key; Ctrl+C copies it.</translation>
    </message>
    <message>
        <source>Show &amp;All…</source>
        <translation>Show &amp;All…</translation>
    </message>
    <message>
        <source>Show all values</source>
        <translation>Show all values</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>&amp;Copy Value</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>Copy the selected value</translation>
    </message>
    <message>
        <source>Puts the value on the clipboard, which is cleared again after a while</source>
        <translation>Puts the value on the clipboard, which is cleared again after a while</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Save to File…</translation>
    </message>
    <message>
        <source>Save the selected value to a file</source>
        <translation>Save the selected value to a file</translation>
    </message>
    <message>
        <source>Shows or hides all values at once.</source>
        <translation>Shows or hides all values at once.</translation>
    </message>
    <message>
        <source>Saves the value of the selected key to a file.</source>
        <translation>Saves the value of the selected key to a file.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Connection Profiles</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profiles:</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Saved profiles</translation>
    </message>
    <message>
        <source>Select a profile to edit it</source>
        <translation>Select a profile to edit it</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Deletes the selected profile and its credential in the keychain</source>
        <translation>Deletes the selected profile and its credential in the keychain</translation>
    </message>
    <message>
        <source>&amp;Import from yc…</source>
        <translation>&amp;Import from yc…</translation>
    </message>
    <message>
        <source>Import from the yc CLI</source>
        <translation>Import from the yc CLI</translation>
    </message>
    <message>
        <source>Fills the form from a profile of the yc command-line tool&apos;s configuration</source>
        <translation>Fills the form from a profile of the yc command-line tool&apos;s configuration</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>e.g. production (robot)</source>
        <translation>e.g. production (robot)</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Credential:</translation>
    </message>
    <message>
        <source>Credential kind</source>
        <translation>Credential kind</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file</source>
        <translation>Kept in the system keychain, never in the settings file</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Show the token</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>Authorized key file</source>
        <translation>Authorized key file</translation>
    </message>
    <message>
        <source>The JSON file yc iam key create writes; its content is kept in the system keychain</source>
        <translation>The JSON file yc iam key create writes; its content is kept in the system keychain</translation>
    </message>
    <message>
        <source>key.json from yc iam key create</source>
        <translation>key.json from yc iam key create</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the authorized key file</source>
        <translation>Choose the authorized key file</translation>
    </message>
    <message>
        <source>yc pro&amp;file:</source>
        <translation>yc pro&amp;file:</translation>
    </message>
    <message>
        <source>yc CLI profile</source>
        <translation>yc CLI profile</translation>
    </message>
    <message>
        <source>Tokens come from yc iam create-token with this profile; empty uses yc&apos;s current profile</source>
        <translation>Tokens come from yc iam create-token with this profile; empty uses yc&apos;s current profile</translation>
    </message>
    <message>
        <source>Cl&amp;oud ID:</source>
        <translation>Cl&amp;oud ID:</translation>
    </message>
    <message>
        <source>Cloud ID</source>
        <translation>Cloud ID</translation>
    </message>
    <message>
        <source>The cloud opened first in the tree (optional)</source>
        <translation>The cloud opened first in the tree (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Fol&amp;der ID:</source>
        <translation>Fol&amp;der ID:</translation>
    </message>
    <message>
        <source>Folder ID</source>
        <translation>Folder ID</translation>
    </message>
    <message>
        <source>The folder whose secrets are listed first (optional)</source>
        <translation>The folder whose secrets are listed first (optional)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpoint URL</translation>
    </message>
    <message>
        <source>Empty: Yandex Cloud&apos;s own hosts. Otherwise every service under this base URL</source>
        <translation>Empty: Yandex Cloud&apos;s own hosts. Otherwise every service under this base URL</translation>
    </message>
    <message>
        <source>Yandex Cloud (default)</source>
        <translation>Yandex Cloud (default)</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>C&amp;A certificate:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>A PEM file with certificates trusted in addition to the system&apos;s</source>
        <translation>A PEM file with certificates trusted in addition to the system&apos;s</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>System certificates only</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy address</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Pa&amp;ge size:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <source>How many secrets each list request asks for</source>
        <translation>How many secrets each list request asks for</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>Test Co&amp;nnection</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Signs in with the form as it is and lists the clouds</source>
        <translation>Signs in with the form as it is and lists the clouds</translation>
    </message>
    <message>
        <source>&amp;Use the Sandbox Instead</source>
        <translation>&amp;Use the Sandbox Instead</translation>
    </message>
    <message>
        <source>Use the sandbox instead</source>
        <translation>Use the sandbox instead</translation>
    </message>
    <message>
        <source>Starts a local emulator with demo secrets; nothing in it reaches Yandex Cloud</source>
        <translation>Starts a local emulator with demo secrets; nothing in it reaches Yandex Cloud</translation>
    </message>
    <message>
        <source>Starts a new connection profile.</source>
        <translation>Starts a new connection profile.</translation>
    </message>
    <message>
        <source>How this profile signs in to Yandex Cloud.</source>
        <translation>How this profile signs in to Yandex Cloud.</translation>
    </message>
    <message>
        <source>Shows the token instead of masking it.</source>
        <translation>Shows the token instead of masking it.</translation>
    </message>
    <message>
        <source>Chooses the service account&apos;s authorized key file.</source>
        <translation>Chooses the service account&apos;s authorized key file.</translation>
    </message>
    <message>
        <source>Which proxy the connection uses: the system&apos;s, none, or the one typed next to it.</source>
        <translation>Which proxy the connection uses: the system&apos;s, none, or the one typed next to it.</translation>
    </message>
    <message>
        <source>e.g. http://proxy:3128 or socks5://…</source>
        <translation>e.g. http://proxy:3128 or socks5://…</translation>
    </message>
</context>
<context>
    <name>ScheduleDestructionDialog</name>
    <message>
        <source>Schedule Version Destruction</source>
        <translation>Schedule Version Destruction</translation>
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
    <message>
        <source>The versions to be destroyed, with the outcome of each.</source>
        <translation>The versions to be destroyed, with the outcome of each.</translation>
    </message>
    <message>
        <source>How long the versions wait before they are destroyed; until then the destruction can be cancelled.</source>
        <translation>How long the versions wait before they are destroyed; until then the destruction can be cancelled.</translation>
    </message>
    <message>
        <source>The length of a custom pending period.</source>
        <translation>The length of a custom pending period.</translation>
    </message>
    <message>
        <source>The unit of the custom pending period.</source>
        <translation>The unit of the custom pending period.</translation>
    </message>
</context>
<context>
    <name>SecretEditDialog</name>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Secret name</translation>
    </message>
    <message>
        <source>e.g. postgres-main</source>
        <translation>e.g. postgres-main</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Secret description</source>
        <translation>Secret description</translation>
    </message>
    <message>
        <source>optional, at most 1024 characters</source>
        <translation>optional, at most 1024 characters</translation>
    </message>
    <message>
        <source>K&amp;MS key ID:</source>
        <translation>K&amp;MS key ID:</translation>
    </message>
    <message>
        <source>KMS key ID</source>
        <translation>KMS key ID</translation>
    </message>
    <message>
        <source>The Key Management Service key that encrypts the secret; empty uses the default encryption</source>
        <translation>The Key Management Service key that encrypts the secret; empty uses the default encryption</translation>
    </message>
    <message>
        <source>optional: the service&apos;s default encryption</source>
        <translation>optional: the service&apos;s default encryption</translation>
    </message>
    <message>
        <source>&amp;Protect from deletion</source>
        <translation>&amp;Protect from deletion</translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation>Deletion protection</translation>
    </message>
    <message>
        <source>A protected secret cannot be deleted until the protection is turned off</source>
        <translation>A protected secret cannot be deleted until the protection is turned off</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Key and value of each label: lowercase letters, digits, - and _</source>
        <translation>Key and value of each label: lowercase letters, digits, - and _</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>&amp;Add Label</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Add label</translation>
    </message>
    <message>
        <source>Remove La&amp;bel</source>
        <translation>Remove La&amp;bel</translation>
    </message>
    <message>
        <source>Remove the selected label</source>
        <translation>Remove the selected label</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>&amp;Values you enter</source>
        <translation>&amp;Values you enter</translation>
    </message>
    <message>
        <source>The first version holds the keys and values entered below</source>
        <translation>The first version holds the keys and values entered below</translation>
    </message>
    <message>
        <source>&amp;Generated password</source>
        <translation>&amp;Generated password</translation>
    </message>
    <message>
        <source>The service generates the password of each version from a specification</source>
        <translation>The service generates the password of each version from a specification</translation>
    </message>
    <message>
        <source>Entries of the first version</source>
        <translation>Entries of the first version</translation>
    </message>
    <message>
        <source>Add &amp;Entry</source>
        <translation>Add &amp;Entry</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <source>Remove En&amp;try</source>
        <translation>Remove En&amp;try</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Remove the selected entry</translation>
    </message>
    <message>
        <source>S&amp;how values</source>
        <translation>S&amp;how values</translation>
    </message>
    <message>
        <source>Version desc&amp;ription:</source>
        <translation>Version desc&amp;ription:</translation>
    </message>
    <message>
        <source>Description of the first version</source>
        <translation>Description of the first version</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Create &amp;without a version (add values later)</source>
        <translation>Create &amp;without a version (add values later)</translation>
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
        <source>&amp;Uppercase letters (A–Z)</source>
        <translation>&amp;Uppercase letters (A–Z)</translation>
    </message>
    <message>
        <source>L&amp;owercase letters (a–z)</source>
        <translation>L&amp;owercase letters (a–z)</translation>
    </message>
    <message>
        <source>D&amp;igits (0–9)</source>
        <translation>D&amp;igits (0–9)</translation>
    </message>
    <message>
        <source>Pun&amp;ctuation</source>
        <translation>Pun&amp;ctuation</translation>
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
        <source>A description of the secret, up to 1024 characters.</source>
        <translation>A description of the secret, up to 1024 characters.</translation>
    </message>
    <message>
        <source>Adds a label to the secret.</source>
        <translation>Adds a label to the secret.</translation>
    </message>
    <message>
        <source>Removes the selected label.</source>
        <translation>Removes the selected label.</translation>
    </message>
    <message>
        <source>The keys and values of the secret&apos;s first version.</source>
        <translation>The keys and values of the secret&apos;s first version.</translation>
    </message>
    <message>
        <source>Adds a key to the first version.</source>
        <translation>Adds a key to the first version.</translation>
    </message>
    <message>
        <source>Removes the selected key.</source>
        <translation>Removes the selected key.</translation>
    </message>
    <message>
        <source>Shows the typed values instead of masking them.</source>
        <translation>Shows the typed values instead of masking them.</translation>
    </message>
    <message>
        <source>Creates the secret without a version; add one later.</source>
        <translation>Creates the secret without a version; add one later.</translation>
    </message>
    <message>
        <source>The key under which Lockbox stores the generated password.</source>
        <translation>The key under which Lockbox stores the generated password.</translation>
    </message>
    <message>
        <source>Number of characters in a generated password, 1 to 256.</source>
        <translation>Number of characters in a generated password, 1 to 256.</translation>
    </message>
    <message>
        <source>Generated passwords contain capital letters A–Z.</source>
        <translation>Generated passwords contain capital letters A–Z.</translation>
    </message>
    <message>
        <source>Generated passwords contain small letters a–z.</source>
        <translation>Generated passwords contain small letters a–z.</translation>
    </message>
    <message>
        <source>Generated passwords contain digits 0–9.</source>
        <translation>Generated passwords contain digits 0–9.</translation>
    </message>
    <message>
        <source>Generated passwords contain punctuation characters.</source>
        <translation>Generated passwords contain punctuation characters.</translation>
    </message>
    <message>
        <source>Whether the characters typed next to it are the only punctuation used or the punctuation left out.</source>
        <translation>Whether the characters typed next to it are the only punctuation used or the punctuation left out.</translation>
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
    <message>
        <source>OpenSSL&apos;s libcrypto (version 3), which signs with the authorized key, cannot be loaded: %1</source>
        <translation>OpenSSL&apos;s libcrypto (version 3), which signs with the authorized key, cannot be loaded: %1</translation>
    </message>
    <message>
        <source>The private key in the authorized key file is protected by a passphrase. Use the file as &quot;yc iam key create&quot; writes it, without a passphrase.</source>
        <translation>The private key in the authorized key file is protected by a passphrase. Use the file as &quot;yc iam key create&quot; writes it, without a passphrase.</translation>
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
    <name>lockbox::ConnectionFactory</name>
    <message>
        <source>The proxy “%1” is not understood: write http://host:port or socks5://host:port, “direct” for no proxy, or leave it empty for the system&apos;s settings.</source>
        <translation>The proxy “%1” is not understood: write http://host:port or socks5://host:port, “direct” for no proxy, or leave it empty for the system&apos;s settings.</translation>
    </message>
    <message>
        <source>The proxy “%1” has no port: write %2://host:port.</source>
        <translation>The proxy “%1” has no port: write %2://host:port.</translation>
    </message>
    <message>
        <source>User names and passwords in the proxy address are not supported: they would be saved in plain text.</source>
        <translation>User names and passwords in the proxy address are not supported: they would be saved in plain text.</translation>
    </message>
    <message>
        <source>The endpoint “%1” is not an https:// (or http://) URL.</source>
        <translation>The endpoint “%1” is not an https:// (or http://) URL.</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” could not be read: %2</source>
        <translation>The CA certificate file “%1” could not be read: %2</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>The CA certificate file “%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Both YC_TOKEN and YC_SERVICE_ACCOUNT_KEY_FILE are set: unset one of them.</source>
        <translation>Both YC_TOKEN and YC_SERVICE_ACCOUNT_KEY_FILE are set: unset one of them.</translation>
    </message>
    <message>
        <source>YC_SERVICE_ACCOUNT_KEY_FILE names “%1”, which could not be read: %2</source>
        <translation>YC_SERVICE_ACCOUNT_KEY_FILE names “%1”, which could not be read: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has no token: enter one in the profile editor.</source>
        <translation>The profile “%1” has no token: enter one in the profile editor.</translation>
    </message>
    <message>
        <source>The sandbox has no connection profile to build.</source>
        <translation>The sandbox has no connection profile to build.</translation>
    </message>
    <message>
        <source>No profile store to read the credential from.</source>
        <translation>No profile store to read the credential from.</translation>
    </message>
    <message>
        <source>The credential of profile “%1” is not in the keychain: open Manage Profiles and enter it again.</source>
        <translation>The credential of profile “%1” is not in the keychain: open Manage Profiles and enter it again.</translation>
    </message>
</context>
<context>
    <name>lockbox::OperationLog</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Operation %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>The request ID the server gave</source>
        <translation>The request ID the server gave</translation>
    </message>
    <message>
        <source>The request ID this app sent; no request ID came back from the server</source>
        <translation>The request ID this app sent; no request ID came back from the server</translation>
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
    <message>
        <source>Sends the new version to Lockbox, where it becomes the current version.</source>
        <translation>Sends the new version to Lockbox, where it becomes the current version.</translation>
    </message>
    <message>
        <source>Closes the dialog without adding a version.</source>
        <translation>Closes the dialog without adding a version.</translation>
    </message>
    <message>
        <source>Keep the base version&apos;s value, change it, or remove the key.</source>
        <translation>Keep the base version&apos;s value, change it, or remove the key.</translation>
    </message>
    <message>
        <source>Whether the value is text or binary data.</source>
        <translation>Whether the value is text or binary data.</translation>
    </message>
    <message>
        <source>Discard the new version you have prepared?</source>
        <translation>Discard the new version you have prepared?</translation>
    </message>
    <message>
        <source>Add version</source>
        <comment>an entry in the operations panel</comment>
        <translation>Add version</translation>
    </message>
    <message>
        <source>The value of the new key “%1” is empty. Type a value, or drop the key with Remove New Key.</source>
        <translation>The value of the new key “%1” is empty. Type a value, or drop the key with Remove New Key.</translation>
    </message>
    <message>
        <source>The server may have added the version, but has not confirmed it.</source>
        <translation>The server may have added the version, but has not confirmed it.</translation>
    </message>
    <message>
        <source>The versions are being read again: if the new version is listed, it was added. Sending the same request again reuses its idempotency key, so the server answers with the operation it already ran instead of adding a second version.</source>
        <translation>The versions are being read again: if the new version is listed, it was added. Sending the same request again reuses its idempotency key, so the server answers with the operation it already ran instead of adding a second version.</translation>
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
    <message>
        <source>Cancels the scheduled destruction of the listed versions.</source>
        <translation>Cancels the scheduled destruction of the listed versions.</translation>
    </message>
    <message>
        <source>Closes the dialog; versions not cancelled stay scheduled for destruction.</source>
        <translation>Closes the dialog; versions not cancelled stay scheduled for destruction.</translation>
    </message>
    <message>
        <source>Cancel version destruction</source>
        <translation>Cancel version destruction</translation>
    </message>
    <message>
        <source>The scheduled destruction of the version will be cancelled, and it becomes active again.</source>
        <translation>The scheduled destruction of the version will be cancelled, and it becomes active again.</translation>
    </message>
    <message>
        <source>The scheduled destruction of the versions will be cancelled, and they become active again.</source>
        <translation>The scheduled destruction of the versions will be cancelled, and they become active again.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::CompareVersionsDialog</name>
    <message>
        <source>not in this version</source>
        <translation>not in this version</translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>hidden value</translation>
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
        <source>Value in A</source>
        <translation>Value in A</translation>
    </message>
    <message>
        <source>Value in B</source>
        <translation>Value in B</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Compare Versions — %1</source>
        <translation>Compare Versions — %1</translation>
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
        <source>(destroyed)</source>
        <translation>(destroyed)</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>Secret: %1 (%2)</source>
        <translation>Secret: %1 (%2)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Value changed</source>
        <translation>Value changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>The secret is deactivated, so its values cannot be read.</source>
        <translation>The secret is deactivated, so its values cannot be read.</translation>
    </message>
    <message>
        <source>Version %1 is scheduled for destruction, so its values cannot be read.</source>
        <translation>Version %1 is scheduled for destruction, so its values cannot be read.</translation>
    </message>
    <message>
        <source>Version %1 is destroyed: its values are gone.</source>
        <translation>Version %1 is destroyed: its values are gone.</translation>
    </message>
    <message>
        <source>Compare values</source>
        <translation>Compare values</translation>
    </message>
    <message>
        <source>The values could not be compared; the comparison of keys above stands.</source>
        <translation>The values could not be compared; the comparison of keys above stands.</translation>
    </message>
    <message>
        <source>Show changed value</source>
        <translation>Show changed value</translation>
    </message>
    <message>
        <source>The values of “%1” could not be shown.</source>
        <translation>The values of “%1” could not be shown.</translation>
    </message>
    <message>
        <source>Show both values of %1</source>
        <translation>Show both values of %1</translation>
    </message>
    <message>
        <source>Reads both versions again and shows this key&apos;s two values</source>
        <translation>Reads both versions again and shows this key&apos;s two values</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Added in B: %1 · Removed from A: %2 · Kept: %3</source>
        <translation>Added in B: %1 · Removed from A: %2 · Kept: %3</translation>
    </message>
    <message>
        <source>(values: %1 changed, %2 unchanged)</source>
        <translation>(values: %1 changed, %2 unchanged)</translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation>Reading both versions…</translation>
    </message>
    <message>
        <source>The keys are compared all the same.</source>
        <translation>The keys are compared all the same.</translation>
    </message>
    <message>
        <source>Values were compared in memory and dropped; none is shown unless you choose Show.</source>
        <translation>Values were compared in memory and dropped; none is shown unless you choose Show.</translation>
    </message>
    <message>
        <source>Reads both versions (needs the lockbox.payloadViewer role) and shows only whether each kept value changed.</source>
        <translation>Reads both versions (needs the lockbox.payloadViewer role) and shows only whether each kept value changed.</translation>
    </message>
    <message>
        <source>Closes the comparison and drops any value shown from memory.</source>
        <translation>Closes the comparison and drops any value shown from memory.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::DeleteSecretDialog</name>
    <message>
        <source>Delete Secret — %1</source>
        <translation>Delete Secret — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete the secret “%1”?&lt;/b&gt;&lt;br&gt;ID %2</source>
        <translation>&lt;b&gt;Delete the secret “%1”?&lt;/b&gt;&lt;br&gt;ID %2</translation>
    </message>
    <message>
        <source>Every version of it and every value goes at once; applications that read it stop working. This cannot be undone. To stop its use but keep it, deactivate it instead.</source>
        <translation>Every version of it and every value goes at once; applications that read it stop working. This cannot be undone. To stop its use but keep it, deactivate it instead.</translation>
    </message>
    <message>
        <source>Deletion protection is on for this secret: the service refuses to delete it until the protection is turned off (Edit Secret).</source>
        <translation>Deletion protection is on for this secret: the service refuses to delete it until the protection is turned off (Edit Secret).</translation>
    </message>
    <message>
        <source>&amp;Delete Secret</source>
        <translation>&amp;Delete Secret</translation>
    </message>
    <message>
        <source>Delete the secret %1</source>
        <translation>Delete the secret %1</translation>
    </message>
    <message>
        <source>The secret was not deleted.</source>
        <translation>The secret was not deleted.</translation>
    </message>
    <message>
        <source>The secret is protected from deletion. To delete it, open Edit Secret, clear “Protect from deletion”, save, and delete it again.</source>
        <translation>The secret is protected from deletion. To delete it, open Edit Secret, clear “Protect from deletion”, save, and delete it again.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Deletes the secret with all its versions. This cannot be undone.</source>
        <translation>Deletes the secret with all its versions. This cannot be undone.</translation>
    </message>
    <message>
        <source>Closes the dialog and keeps the secret.</source>
        <translation>Closes the dialog and keeps the secret.</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Delete secret</translation>
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
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>What failed, what the server said and the request ID to quote</source>
        <translation>What failed, what the server said and the request ID to quote</translation>
    </message>
    <message>
        <source>Try the failed request again</source>
        <translation>Try the failed request again</translation>
    </message>
    <message>
        <source>Hide this error message</source>
        <translation>Hide this error message</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>The ID to quote to support; select it to copy it</source>
        <translation>The ID to quote to support; select it to copy it</translation>
    </message>
    <message>
        <source>Client request ID:</source>
        <translation>Client request ID:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>Request ID:</translation>
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
    <message>
        <source>Client request ID: %1</source>
        <translation>Client request ID: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: the server may have done it, but has not confirmed it. What is shown is being read again.</source>
        <translation>The outcome is unknown: the server may have done it, but has not confirmed it. What is shown is being read again.</translation>
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
        <source>Folder ID</source>
        <translation>Folder ID</translation>
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
        <source>No secret selected</source>
        <translation>No secret selected</translation>
    </message>
    <message>
        <source>Select a secret on the left to see its versions.</source>
        <translation>Select a secret on the left to see its versions.</translation>
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
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Choose a connection profile in the toolbar.</source>
        <translation>Choose a connection profile in the toolbar.</translation>
    </message>
    <message>
        <source>&amp;New Secret…</source>
        <translation>&amp;New Secret…</translation>
    </message>
    <message>
        <source>Create a secret in this folder</source>
        <translation>Create a secret in this folder</translation>
    </message>
    <message>
        <source>&amp;Edit Secret…</source>
        <translation>&amp;Edit Secret…</translation>
    </message>
    <message>
        <source>Change the selected secret&apos;s name, description, labels and deletion protection</source>
        <translation>Change the selected secret&apos;s name, description, labels and deletion protection</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Let applications read the selected secret&apos;s values again</source>
        <translation>Let applications read the selected secret&apos;s values again</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Stop applications from reading the selected secret&apos;s values</source>
        <translation>Stop applications from reading the selected secret&apos;s values</translation>
    </message>
    <message>
        <source>De&amp;lete Secret…</source>
        <translation>De&amp;lete Secret…</translation>
    </message>
    <message>
        <source>Delete the selected secret with all its versions</source>
        <translation>Delete the selected secret with all its versions</translation>
    </message>
    <message>
        <source>Copy Secret &amp;ID</source>
        <translation>Copy Secret &amp;ID</translation>
    </message>
    <message>
        <source>Copy the selected secret&apos;s ID</source>
        <translation>Copy the selected secret&apos;s ID</translation>
    </message>
    <message>
        <source>&amp;Go to Folder ID</source>
        <translation>&amp;Go to Folder ID</translation>
    </message>
    <message>
        <source>Type the ID of a folder to list its secrets (for folders not in the tree)</source>
        <translation>Type the ID of a folder to list its secrets (for folders not in the tree)</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Manage Profiles…</translation>
    </message>
    <message>
        <source>Add, change or delete connection profiles</source>
        <translation>Add, change or delete connection profiles</translation>
    </message>
    <message>
        <source>&amp;View Values…</source>
        <translation>&amp;View Values…</translation>
    </message>
    <message>
        <source>Show the selected version&apos;s keys and values, masked until revealed</source>
        <translation>Show the selected version&apos;s keys and values, masked until revealed</translation>
    </message>
    <message>
        <source>Co&amp;mpare Versions…</source>
        <translation>Co&amp;mpare Versions…</translation>
    </message>
    <message>
        <source>Compare the keys and values of two selected versions</source>
        <translation>Compare the keys and values of two selected versions</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Switch &amp;Profile</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>V&amp;iew</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofile:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <source>The connection the window shows; pick another to switch</source>
        <translation>The connection the window shows; pick another to switch</translation>
    </message>
    <message>
        <source>The connection profile (Alt+O)</source>
        <translation>The connection profile (Alt+O)</translation>
    </message>
    <message>
        <source>C&amp;louds and folders</source>
        <translation>C&amp;louds and folders</translation>
    </message>
    <message>
        <source>Loading clouds and folders</source>
        <translation>Loading clouds and folders</translation>
    </message>
    <message>
        <source>Clouds and folders</source>
        <translation>Clouds and folders</translation>
    </message>
    <message>
        <source>Select a folder to list its secrets</source>
        <translation>Select a folder to list its secrets</translation>
    </message>
    <message>
        <source>Type a folder ID and press Enter to list its secrets</source>
        <translation>Type a folder ID and press Enter to list its secrets</translation>
    </message>
    <message>
        <source>For a folder not in the tree: type its ID and press Enter (%1)</source>
        <translation>For a folder not in the tree: type its ID and press Enter (%1)</translation>
    </message>
    <message>
        <source>b1g…, then Enter</source>
        <translation>b1g…, then Enter</translation>
    </message>
    <message>
        <source>The clouds could not be listed. A folder can still be opened by its ID below.</source>
        <translation>The clouds could not be listed. A folder can still be opened by its ID below.</translation>
    </message>
    <message>
        <source>The folders could not be listed. A folder can still be opened by its ID below.</source>
        <translation>The folders could not be listed. A folder can still be opened by its ID below.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: connecting…</translation>
    </message>
    <message>
        <source>Yandex Cloud</source>
        <translation>Yandex Cloud</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From the YC_TOKEN or YC_SERVICE_ACCOUNT_KEY_FILE environment variable; never saved</source>
        <translation>From the YC_TOKEN or YC_SERVICE_ACCOUNT_KEY_FILE environment variable; never saved</translation>
    </message>
    <message>
        <source>A local emulator with demo secrets</source>
        <translation>A local emulator with demo secrets</translation>
    </message>
    <message>
        <source>Manage Profiles…</source>
        <translation>Manage Profiles…</translation>
    </message>
    <message>
        <source>There is no connection profile “%1”.</source>
        <translation>There is no connection profile “%1”.</translation>
    </message>
    <message>
        <source>Choose another profile, or create one with Manage Profiles.</source>
        <translation>Choose another profile, or create one with Manage Profiles.</translation>
    </message>
    <message>
        <source>Connecting with “%1”…</source>
        <translation>Connecting with “%1”…</translation>
    </message>
    <message>
        <source>Could not connect with the profile “%1”.</source>
        <translation>Could not connect with the profile “%1”.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Starting the sandbox…</translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation>The sandbox could not start.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>The profile was deleted. Choose another one in the toolbar.</source>
        <translation>The profile was deleted. Choose another one in the toolbar.</translation>
    </message>
    <message>
        <source>Select a folder</source>
        <translation>Select a folder</translation>
    </message>
    <message>
        <source>Secrets in folder %1</source>
        <translation>Secrets in folder %1</translation>
    </message>
    <message>
        <source>Secrets in “%1”</source>
        <translation>Secrets in “%1”</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <source>Not connected: choose a connection profile.</source>
        <translation>Not connected: choose a connection profile.</translation>
    </message>
    <message>
        <source>Select a folder on the left to list its secrets.</source>
        <translation>Select a folder on the left to list its secrets.</translation>
    </message>
    <message>
        <source>This folder has no secrets yet: create one with New Secret (%1).</source>
        <translation>This folder has no secrets yet: create one with New Secret (%1).</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Secret ID %1 copied</source>
        <translation>Secret ID %1 copied</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Secret “%1” created</source>
        <translation>Secret “%1” created</translation>
    </message>
    <message>
        <source>Secret “%1” saved</source>
        <translation>Secret “%1” saved</translation>
    </message>
    <message>
        <source>Deactivate Secret</source>
        <translation>Deactivate Secret</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>Deactivate “%1”?</translation>
    </message>
    <message>
        <source>Applications can no longer read its values until it is activated again. Its versions are kept.</source>
        <translation>Applications can no longer read its values until it is activated again. Its versions are kept.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Activate Secret</source>
        <translation>Activate Secret</translation>
    </message>
    <message>
        <source>“%1” was not activated.</source>
        <translation>“%1” was not activated.</translation>
    </message>
    <message>
        <source>“%1” was not deactivated.</source>
        <translation>“%1” was not deactivated.</translation>
    </message>
    <message>
        <source>“%1” is active</source>
        <translation>“%1” is active</translation>
    </message>
    <message>
        <source>“%1” is deactivated</source>
        <translation>“%1” is deactivated</translation>
    </message>
    <message>
        <source>Secret “%1” deleted</source>
        <translation>Secret “%1” deleted</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Language, clipboard clearing time and versions per page</source>
        <translation>Language, clipboard clearing time and versions per page</translation>
    </message>
    <message>
        <source>Show or hide this session&apos;s operations (%1)</source>
        <translation>Show or hide this session&apos;s operations (%1)</translation>
    </message>
    <message>
        <source>Show or hide this session&apos;s operations</source>
        <translation>Show or hide this session&apos;s operations</translation>
    </message>
    <message>
        <source>The profile switcher and the most used secret and version actions</source>
        <translation>The profile switcher and the most used secret and version actions</translation>
    </message>
    <message>
        <source>The window shows the local emulator, not Yandex Cloud</source>
        <translation>The window shows the local emulator, not Yandex Cloud</translation>
    </message>
    <message>
        <source>Shown while clouds or folders are being listed</source>
        <translation>Shown while clouds or folders are being listed</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>The folder whose secrets are listed below</source>
        <translation>The folder whose secrets are listed below</translation>
    </message>
    <message>
        <source>Shows only the secrets whose name or labels contain the text; key=value matches a label</source>
        <translation>Shows only the secrets whose name or labels contain the text; key=value matches a label</translation>
    </message>
    <message>
        <source>The folder&apos;s secrets; select one to see its versions</source>
        <translation>The folder&apos;s secrets; select one to see its versions</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Secret name</translation>
    </message>
    <message>
        <source>The name of the selected secret</source>
        <translation>The name of the selected secret</translation>
    </message>
    <message>
        <source>Secret information</source>
        <translation>Secret information</translation>
    </message>
    <message>
        <source>The selected secret&apos;s ID, status, current version, deletion protection and labels</source>
        <translation>The selected secret&apos;s ID, status, current version, deletion protection and labels</translation>
    </message>
    <message>
        <source>The selected secret&apos;s versions, newest first; select several for the actions that allow it</source>
        <translation>The selected secret&apos;s versions, newest first; select several for the actions that allow it</translation>
    </message>
    <message>
        <source>Versions loaded</source>
        <translation>Versions loaded</translation>
    </message>
    <message>
        <source>How many versions are loaded and whether the server has more</source>
        <translation>How many versions are loaded and whether the server has more</translation>
    </message>
    <message>
        <source>How many versions each page loads</source>
        <translation>How many versions each page loads</translation>
    </message>
    <message>
        <source>Asks the server for the next page of this secret&apos;s versions</source>
        <translation>Asks the server for the next page of this secret&apos;s versions</translation>
    </message>
    <message>
        <source>Shown while something is loading or an operation runs</source>
        <translation>Shown while something is loading or an operation runs</translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation>Running operations</translation>
    </message>
    <message>
        <source>How many operations are running now</source>
        <translation>How many operations are running now</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>The profile and the endpoint the window is connected to</source>
        <translation>The profile and the endpoint the window is connected to</translation>
    </message>
    <message>
        <source>Not a folder ID: a folder ID has only Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Not a folder ID: a folder ID has only Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Folder ID error</source>
        <translation>Folder ID error</translation>
    </message>
    <message>
        <source>Why the folder ID typed above was not opened</source>
        <translation>Why the folder ID typed above was not opened</translation>
    </message>
    <message>
        <source>No secret loaded so far matches “%1”.</source>
        <translation>No secret loaded so far matches “%1”.</translation>
    </message>
    <message>
        <source>No secret matches “%1”.</source>
        <translation>No secret matches “%1”.</translation>
    </message>
    <message>
        <source>Activate secret</source>
        <translation>Activate secret</translation>
    </message>
    <message>
        <source>Deactivate secret</source>
        <translation>Deactivate secret</translation>
    </message>
    <message>
        <source>Set current version</source>
        <translation>Set current version</translation>
    </message>
    <message>
        <source>Folder I&amp;D:</source>
        <translation>Folder I&amp;D:</translation>
    </message>
    <message>
        <source>The versions could not be loaded</source>
        <translation>The versions could not be loaded</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>Choose a profile</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::OperationsPanel</name>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Copy &amp;Error</source>
        <translation>Copy &amp;Error</translation>
    </message>
    <message>
        <source>Copy the full error text of the selected operation (Ctrl+C)</source>
        <translation>Copy the full error text of the selected operation (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy &amp;Request ID</source>
        <translation>Copy &amp;Request ID</translation>
    </message>
    <message>
        <source>Copy the request ID of the selected operation, to quote to support (Ctrl+Shift+C)</source>
        <translation>Copy the request ID of the selected operation, to quote to support (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>C&amp;lear Finished</translation>
    </message>
    <message>
        <source>Remove the finished operations from the list; running ones stay</source>
        <translation>Remove the finished operations from the list; running ones stay</translation>
    </message>
    <message>
        <source>No operations yet in this session.</source>
        <translation>No operations yet in this session.</translation>
    </message>
    <message>
        <source>Operations of this session</source>
        <translation>Operations of this session</translation>
    </message>
    <message>
        <source>Newest first. Ctrl+C copies the error text, Ctrl+Shift+C the request ID.</source>
        <translation>Newest first. Ctrl+C copies the error text, Ctrl+Shift+C the request ID.</translation>
    </message>
    <message numerus="yes">
        <source>Operations (%n running)</source>
        <translation>
            <numerusform>Operations (%n running)</numerusform>
            <numerusform>Operations (%n running)</numerusform>
        </translation>
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
    <message>
        <source>Saves the password specification, generates a new version, or both, as chosen above.</source>
        <translation>Saves the password specification, generates a new version, or both, as chosen above.</translation>
    </message>
    <message>
        <source>Closes the dialog without changing the password specification.</source>
        <translation>Closes the dialog without changing the password specification.</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Update secret</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Add version</translation>
    </message>
    <message>
        <source>The specification is saved. The server may have generated the new version, but has not confirmed it. Generating again reuses the request&apos;s idempotency key, so the server answers with the version it already generated instead of a second one.</source>
        <translation>The specification is saved. The server may have generated the new version, but has not confirmed it. Generating again reuses the request&apos;s idempotency key, so the server answers with the version it already generated instead of a second one.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::PayloadViewerDialog</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>scheduled for destruction</source>
        <translation>scheduled for destruction</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>unknown status</translation>
    </message>
    <message numerus="yes">
        <source>Binary, %n byte(s)</source>
        <translation>
            <numerusform>Binary, %n byte</numerusform>
            <numerusform>Binary, %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text, %n byte(s)</source>
        <translation>
            <numerusform>Text, %n byte</numerusform>
            <numerusform>Text, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>hidden value</translation>
    </message>
    <message>
        <source>The first bytes in hexadecimal. Copy gives the whole value in Base64; Save to File writes the bytes.</source>
        <translation>The first bytes in hexadecimal. Copy gives the whole value in Base64; Save to File writes the bytes.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
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
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Values — %1 — %2</source>
        <translation>Values — %1 — %2</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>Secret: %1 (%2)</source>
        <translation>Secret: %1 (%2)</translation>
    </message>
    <message>
        <source>Show or &amp;Hide Value</source>
        <translation>Show or &amp;Hide Value</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>&amp;Copy Value</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Save to File…</translation>
    </message>
    <message>
        <source>Copy the selected value (Ctrl+C)</source>
        <translation>Copy the selected value (Ctrl+C)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show All Values</source>
        <translation>Show All Values</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n value(s) of this version?</source>
        <translation>
            <numerusform>Show all %n value of this version?</numerusform>
            <numerusform>Show all %n values of this version?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who can see your screen, or a recording of it, can read them.</source>
        <translation>Anyone who can see your screen, or a recording of it, can read them.</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Show All</translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation>“%1” of %2</translation>
    </message>
    <message>
        <source>The value of “%1” was copied to the clipboard as Base64.</source>
        <translation>The value of “%1” was copied to the clipboard as Base64.</translation>
    </message>
    <message>
        <source>The value of “%1” was copied to the clipboard.</source>
        <translation>The value of “%1” was copied to the clipboard.</translation>
    </message>
    <message numerus="yes">
        <source>It will be cleared in %n second(s).</source>
        <translation>
            <numerusform>It will be cleared in %n second.</numerusform>
            <numerusform>It will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1: %2</source>
        <translation>Cannot restrict the permissions of %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The value of “%1” (%n byte(s)) was saved to %2; only you can read the file.</source>
        <translation>
            <numerusform>The value of “%1” (%n byte) was saved to %2; only you can read the file.</numerusform>
            <numerusform>The value of “%1” (%n bytes) was saved to %2; only you can read the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>Save Value to File</translation>
    </message>
    <message>
        <source>You may not read the values of this secret. That needs the lockbox.payloadViewer role on the secret or its folder (and kms.keys.encrypterDecrypter for a secret encrypted with a KMS key).</source>
        <translation>You may not read the values of this secret. That needs the lockbox.payloadViewer role on the secret or its folder (and kms.keys.encrypterDecrypter for a secret encrypted with a KMS key).</translation>
    </message>
    <message>
        <source>The secret is deactivated, so its values cannot be read. Activate the secret to read them.</source>
        <translation>The secret is deactivated, so its values cannot be read. Activate the secret to read them.</translation>
    </message>
    <message>
        <source>Version %1 is scheduled for destruction, so its values cannot be read. Cancel the destruction to read them.</source>
        <translation>Version %1 is scheduled for destruction, so its values cannot be read. Cancel the destruction to read them.</translation>
    </message>
    <message>
        <source>The version was not found: it may have been destroyed, or the secret deleted.</source>
        <translation>The version was not found: it may have been destroyed, or the secret deleted.</translation>
    </message>
    <message>
        <source>The values could not be read.</source>
        <translation>The values could not be read.</translation>
    </message>
    <message>
        <source>Read values</source>
        <translation>Read values</translation>
    </message>
    <message>
        <source>Show or hide this value (Space)</source>
        <translation>Show or hide this value (Space)</translation>
    </message>
    <message>
        <source>Show the value of %1</source>
        <translation>Show the value of %1</translation>
    </message>
    <message>
        <source>&amp;Hide Value</source>
        <translation>&amp;Hide Value</translation>
    </message>
    <message>
        <source>Sh&amp;ow Value</source>
        <translation>Sh&amp;ow Value</translation>
    </message>
    <message>
        <source>Hide &amp;All</source>
        <translation>Hide &amp;All</translation>
    </message>
    <message>
        <source>Show &amp;All…</source>
        <translation>Show &amp;All…</translation>
    </message>
    <message>
        <source>Hide all values</source>
        <translation>Hide all values</translation>
    </message>
    <message>
        <source>Show all values</source>
        <translation>Show all values</translation>
    </message>
    <message numerus="yes">
        <source>Values are hidden until shown. Space shows the selected value; Ctrl+C copies it, and the clipboard is cleared after %n second(s).</source>
        <translation>
            <numerusform>Values are hidden until shown. Space shows the selected value; Ctrl+C copies it, and the clipboard is cleared after %n second.</numerusform>
            <numerusform>Values are hidden until shown. Space shows the selected value; Ctrl+C copies it, and the clipboard is cleared after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values are hidden until shown. Space shows the selected value; Ctrl+C copies it.</source>
        <translation>Values are hidden until shown. Space shows the selected value; Ctrl+C copies it.</translation>
    </message>
    <message>
        <source>Closes the viewer and drops the values from memory.</source>
        <translation>Closes the viewer and drops the values from memory.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::ProfileEditorDialog</name>
    <message>
        <source>IAM token</source>
        <translation>IAM token</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>OAuth token</translation>
    </message>
    <message>
        <source>Service-account authorized key</source>
        <translation>Service-account authorized key</translation>
    </message>
    <message>
        <source>yc CLI profile (federated)</source>
        <translation>yc CLI profile (federated)</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>System settings</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>yc&apos;s current profile</source>
        <translation>yc&apos;s current profile</translation>
    </message>
    <message>
        <source>yc CLI profile</source>
        <translation>yc CLI profile</translation>
    </message>
    <message>
        <source>Authorized Key File</source>
        <translation>Authorized Key File</translation>
    </message>
    <message>
        <source>Authorized keys (*.json);;All files (*)</source>
        <translation>Authorized keys (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA Certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Welcome to Lockbox Desktop</source>
        <translation>Welcome to Lockbox Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Connect to Yandex Cloud.&lt;/b&gt; Create a connection profile: an OAuth token, a service account&apos;s authorized key, an IAM token, or a yc CLI profile for federated accounts. Credentials are kept in the system keychain.&lt;/p&gt;&lt;p&gt;Or try everything first in the sandbox, a local emulator with demo secrets: nothing in it reaches Yandex Cloud.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Connect to Yandex Cloud.&lt;/b&gt; Create a connection profile: an OAuth token, a service account&apos;s authorized key, an IAM token, or a yc CLI profile for federated accounts. Credentials are kept in the system keychain.&lt;/p&gt;&lt;p&gt;Or try everything first in the sandbox, a local emulator with demo secrets: nothing in it reaches Yandex Cloud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>&amp;Save and Connect</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Discard the changes to this profile?</source>
        <translation>Discard the changes to this profile?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profile “%1”</translation>
    </message>
    <message>
        <source>Reading the saved key from the keychain…</source>
        <translation>Reading the saved key from the keychain…</translation>
    </message>
    <message>
        <source>The saved key could not be read: %1</source>
        <translation>The saved key could not be read: %1</translation>
    </message>
    <message>
        <source>Saved in the keychain: key %1 of service account %2. Choose a file to replace it.</source>
        <translation>Saved in the keychain: key %1 of service account %2. Choose a file to replace it.</translation>
    </message>
    <message>
        <source>The saved key is not valid: %1</source>
        <translation>The saved key is not valid: %1</translation>
    </message>
    <message>
        <source>IAM &amp;token:</source>
        <translation>IAM &amp;token:</translation>
    </message>
    <message>
        <source>Show the IAM token</source>
        <translation>Show the IAM token</translation>
    </message>
    <message>
        <source>Saved in the keychain; paste a new token to replace it</source>
        <translation>Saved in the keychain; paste a new token to replace it</translation>
    </message>
    <message>
        <source>t1.…</source>
        <translation>t1.…</translation>
    </message>
    <message>
        <source>OAuth &amp;token:</source>
        <translation>OAuth &amp;token:</translation>
    </message>
    <message>
        <source>Show the OAuth token</source>
        <translation>Show the OAuth token</translation>
    </message>
    <message>
        <source>y0_…</source>
        <translation>y0_…</translation>
    </message>
    <message>
        <source>Create one with “yc iam key create --service-account-name NAME -o key.json”.</source>
        <translation>Create one with “yc iam key create --service-account-name NAME -o key.json”.</translation>
    </message>
    <message>
        <source>the file is too large for an authorized key</source>
        <translation>the file is too large for an authorized key</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” could not be read: %2</translation>
    </message>
    <message>
        <source>Key %1 of service account %2 (from %3).</source>
        <translation>Key %1 of service account %2 (from %3).</translation>
    </message>
    <message>
        <source>“%1” is not an authorized key: %2</source>
        <translation>“%1” is not an authorized key: %2</translation>
    </message>
    <message>
        <source>Paste the IAM token.</source>
        <translation>Paste the IAM token.</translation>
    </message>
    <message>
        <source>Paste the OAuth token.</source>
        <translation>Paste the OAuth token.</translation>
    </message>
    <message>
        <source>The token contains spaces or line breaks.</source>
        <translation>The token contains spaces or line breaks.</translation>
    </message>
    <message>
        <source>An OAuth token has at most %1 characters.</source>
        <translation>An OAuth token has at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose the service account&apos;s authorized key file (key.json).</source>
        <translation>Choose the service account&apos;s authorized key file (key.json).</translation>
    </message>
    <message>
        <source>Cloud and folder IDs contain no spaces.</source>
        <translation>Cloud and folder IDs contain no spaces.</translation>
    </message>
    <message>
        <source>The endpoint must be an https:// URL or host:port.</source>
        <translation>The endpoint must be an https:// URL or host:port.</translation>
    </message>
    <message>
        <source>Enter the proxy address, or choose System settings.</source>
        <translation>Enter the proxy address, or choose System settings.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Enter a name for the profile.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Another profile is already called “%1”.</translation>
    </message>
    <message>
        <source>This does not look like an IAM token (they start with “t1.”). If it is an OAuth token, choose OAuth token above.</source>
        <translation>This does not look like an IAM token (they start with “t1.”). If it is an OAuth token, choose OAuth token above.</translation>
    </message>
    <message>
        <source>IAM tokens expire within 12 hours; for lasting access use an OAuth token or a service-account key.</source>
        <translation>IAM tokens expire within 12 hours; for lasting access use an OAuth token or a service-account key.</translation>
    </message>
    <message>
        <source>This looks like an IAM token: choose IAM token above.</source>
        <translation>This looks like an IAM token: choose IAM token above.</translation>
    </message>
    <message>
        <source>Tokens come from “yc iam create-token”: yc must be installed and signed in.</source>
        <translation>Tokens come from “yc iam create-token”: yc must be installed and signed in.</translation>
    </message>
    <message>
        <source>yc was not found on PATH.</source>
        <translation>yc was not found on PATH.</translation>
    </message>
    <message>
        <source>This endpoint is not encrypted (http): tokens would cross the network in clear text.</source>
        <translation>This endpoint is not encrypted (http): tokens would cross the network in clear text.</translation>
    </message>
    <message>
        <source>The yc configuration could not be read.</source>
        <translation>The yc configuration could not be read.</translation>
    </message>
    <message>
        <source>No yc profiles found in %1.</source>
        <translation>No yc profiles found in %1.</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>service-account key</translation>
    </message>
    <message>
        <source>federated</source>
        <translation>federated</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>yc profile “%1”</source>
        <translation>yc profile “%1”</translation>
    </message>
    <message>
        <source>Filled from the yc profile “%1”.</source>
        <translation>Filled from the yc profile “%1”.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The connection could not be set up.</source>
        <translation>The connection could not be set up.</translation>
    </message>
    <message>
        <source>Connection failed.</source>
        <translation>Connection failed.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n cloud(s) visible.</source>
        <translation>
            <numerusform>Connected: %n cloud visible.</numerusform>
            <numerusform>Connected: %n clouds visible.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secrets of folder %1 can be listed.</source>
        <translation>The secrets of folder %1 can be listed.</translation>
    </message>
    <message>
        <source>The secrets of folder %1 cannot be listed:</source>
        <translation>The secrets of folder %1 cannot be listed:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>The profile was not saved.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Delete Profile</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Delete the profile “%1”?</translation>
    </message>
    <message>
        <source>Its credential is removed from the system keychain. Nothing changes in the cloud.</source>
        <translation>Its credential is removed from the system keychain. Nothing changes in the cloud.</translation>
    </message>
    <message>
        <source>Nothing changes in the cloud.</source>
        <translation>Nothing changes in the cloud.</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>&amp;Delete Profile</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>The profile “%1” was not deleted.</source>
        <translation>The profile “%1” was not deleted.</translation>
    </message>
    <message>
        <source>Saves the profile; its credential goes to the system keychain.</source>
        <translation>Saves the profile; its credential goes to the system keychain.</translation>
    </message>
    <message>
        <source>Closes the profile editor.</source>
        <translation>Closes the profile editor.</translation>
    </message>
    <message>
        <source>Quits Lockbox Desktop.</source>
        <translation>Quits Lockbox Desktop.</translation>
    </message>
    <message>
        <source>Saves the profile, its credential in the system keychain, and connects.</source>
        <translation>Saves the profile, its credential in the system keychain, and connects.</translation>
    </message>
    <message>
        <source>The token contains characters no token has: only Latin letters, digits and punctuation.</source>
        <translation>The token contains characters no token has: only Latin letters, digits and punctuation.</translation>
    </message>
    <message>
        <source>Cloud and folder IDs contain only Latin letters and digits.</source>
        <translation>Cloud and folder IDs contain only Latin letters and digits.</translation>
    </message>
    <message>
        <source>This does not look like a whole IAM token: after “t1.” one has two parts separated by a dot. Check that it was copied in full.</source>
        <translation>This does not look like a whole IAM token: after “t1.” one has two parts separated by a dot. Check that it was copied in full.</translation>
    </message>
    <message>
        <source>The key file is read when you press Enter or leave the field.</source>
        <translation>The key file is read when you press Enter or leave the field.</translation>
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
    <message>
        <source>Schedules the destruction of the listed versions at the time shown.</source>
        <translation>Schedules the destruction of the listed versions at the time shown.</translation>
    </message>
    <message>
        <source>Closes the dialog without scheduling anything.</source>
        <translation>Closes the dialog without scheduling anything.</translation>
    </message>
    <message>
        <source>Schedule version destruction</source>
        <translation>Schedule version destruction</translation>
    </message>
    <message>
        <source>The version will be destroyed when the pending period ends. Until then the destruction can be cancelled; after that the values cannot be recovered.</source>
        <translation>The version will be destroyed when the pending period ends. Until then the destruction can be cancelled; after that the values cannot be recovered.</translation>
    </message>
    <message>
        <source>The versions will be destroyed when the pending period ends. Until then the destruction can be cancelled; after that the values cannot be recovered.</source>
        <translation>The versions will be destroyed when the pending period ends. Until then the destruction can be cancelled; after that the values cannot be recovered.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::SecretEditDialog</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
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
        <source>Create &amp;Secret</source>
        <translation>Create &amp;Secret</translation>
    </message>
    <message>
        <source>Create secret</source>
        <translation>Create secret</translation>
    </message>
    <message>
        <source>Edit Secret — %1</source>
        <translation>Edit Secret — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the secret</source>
        <translation>Save the secret</translation>
    </message>
    <message>
        <source>New Secret in %1</source>
        <translation>New Secret in %1</translation>
    </message>
    <message>
        <source>Key of entry %1</source>
        <translation>Key of entry %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Value of entry %1</source>
        <translation>Value of entry %1</translation>
    </message>
    <message>
        <source>text value</source>
        <translation>text value</translation>
    </message>
    <message>
        <source>The label in row %1 has a value but no key.</source>
        <translation>The label in row %1 has a value but no key.</translation>
    </message>
    <message>
        <source>Label key “%1”: start with a lowercase Latin letter; then use only a–z, 0–9, - and _ (at most %2 characters).</source>
        <translation>Label key “%1”: start with a lowercase Latin letter; then use only a–z, 0–9, - and _ (at most %2 characters).</translation>
    </message>
    <message>
        <source>Label value “%1”: use only a–z, 0–9, - and _ (at most %2 characters).</source>
        <translation>Label value “%1”: use only a–z, 0–9, - and _ (at most %2 characters).</translation>
    </message>
    <message>
        <source>Label key “%1” appears twice.</source>
        <translation>Label key “%1” appears twice.</translation>
    </message>
    <message>
        <source>A secret has at most %1 labels.</source>
        <translation>A secret has at most %1 labels.</translation>
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
        <source>The entry in row %1 has a value but no key.</source>
        <translation>The entry in row %1 has a value but no key.</translation>
    </message>
    <message>
        <source>Entry key “%1”: use only Latin letters, digits and - _ . / \ @.</source>
        <translation>Entry key “%1”: use only Latin letters, digits and - _ . / \ @.</translation>
    </message>
    <message>
        <source>Entry key “%1” appears twice.</source>
        <translation>Entry key “%1” appears twice.</translation>
    </message>
    <message>
        <source>The value of “%1” is larger than %2 bytes.</source>
        <translation>The value of “%1” is larger than %2 bytes.</translation>
    </message>
    <message>
        <source>Add at least one entry, or create the secret without a version.</source>
        <translation>Add at least one entry, or create the secret without a version.</translation>
    </message>
    <message>
        <source>The values together are larger than %1 bytes.</source>
        <translation>The values together are larger than %1 bytes.</translation>
    </message>
    <message>
        <source>Enter a name for the secret.</source>
        <translation>Enter a name for the secret.</translation>
    </message>
    <message>
        <source>The description has more than %1 characters.</source>
        <translation>The description has more than %1 characters.</translation>
    </message>
    <message>
        <source>Punctuation used: %1</source>
        <translation>Punctuation used: %1</translation>
    </message>
    <message>
        <source>No punctuation.</source>
        <translation>No punctuation.</translation>
    </message>
    <message>
        <source>Creating the secret…</source>
        <translation>Creating the secret…</translation>
    </message>
    <message>
        <source>Saving the secret…</source>
        <translation>Saving the secret…</translation>
    </message>
    <message>
        <source>The secret was not created.</source>
        <translation>The secret was not created.</translation>
    </message>
    <message>
        <source>The secret was not saved.</source>
        <translation>The secret was not saved.</translation>
    </message>
    <message>
        <source>The operation finished, but the secret could not be read.</source>
        <translation>The operation finished, but the secret could not be read.</translation>
    </message>
    <message>
        <source>Closes the dialog without changing anything.</source>
        <translation>Closes the dialog without changing anything.</translation>
    </message>
    <message>
        <source>Creates the secret in the folder.</source>
        <translation>Creates the secret in the folder.</translation>
    </message>
    <message>
        <source>Saves the changes to the secret.</source>
        <translation>Saves the changes to the secret.</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Update secret</translation>
    </message>
    <message>
        <source>Create secret</source>
        <comment>an entry in the operations panel</comment>
        <translation>Create secret</translation>
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
    <name>lockbox::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>The language of the interface; it changes at once</source>
        <translation>The language of the interface; it changes at once</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the interface. System default follows the system locale.</source>
        <translation>The language of the interface. System default follows the system locale.</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation>&amp;Clear copied values after:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>How long a copied secret value stays on the clipboard; 0 keeps it there</source>
        <translation>How long a copied secret value stays on the clipboard; 0 keeps it there</translation>
    </message>
    <message>
        <source>Clear copied values after, in seconds</source>
        <translation>Clear copied values after, in seconds</translation>
    </message>
    <message>
        <source>Seconds until a copied secret value is taken off the clipboard; 0 means never</source>
        <translation>Seconds until a copied secret value is taken off the clipboard; 0 means never</translation>
    </message>
    <message>
        <source>&amp;Versions per page:</source>
        <translation>&amp;Versions per page:</translation>
    </message>
    <message>
        <source>How many versions each page of the versions table loads</source>
        <translation>How many versions each page of the versions table loads</translation>
    </message>
    <message>
        <source>Versions per page</source>
        <translation>Versions per page</translation>
    </message>
    <message>
        <source>Changes apply at once with OK or Apply and are kept for the next start.</source>
        <translation>Changes apply at once with OK or Apply and are kept for the next start.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Apply the settings, apply and close, or close without applying</source>
        <translation>Apply the settings, apply and close, or close without applying</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply the settings and close</source>
        <translation>Apply the settings and close</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Apply the settings and keep the dialog open</source>
        <translation>Apply the settings and keep the dialog open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without applying what was changed since the last Apply</source>
        <translation>Close without applying what was changed since the last Apply</translation>
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
    <message>
        <source>outcome unknown, it may have been done</source>
        <translation>outcome unknown, it may have been done</translation>
    </message>
    <message numerus="yes">
        <source>Outcome unknown for %n version(s):</source>
        <translation>
            <numerusform>Outcome unknown for %n version:</numerusform>
            <numerusform>Outcome unknown for %n versions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) failed or have an unknown outcome:</source>
        <translation>
            <numerusform>%n version failed or has an unknown outcome:</numerusform>
            <numerusform>%n versions failed or have an unknown outcome:</numerusform>
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
    <message>
        <source>Version details</source>
        <translation>Version details</translation>
    </message>
    <message>
        <source>The selected version&apos;s IDs, status, times, keys and password specification</source>
        <translation>The selected version&apos;s IDs, status, times, keys and password specification</translation>
    </message>
    <message>
        <source>The ID of the selected version</source>
        <translation>The ID of the selected version</translation>
    </message>
    <message>
        <source>The ID of the secret the version belongs to</source>
        <translation>The ID of the secret the version belongs to</translation>
    </message>
    <message>
        <source>When the version was created, in local time and UTC</source>
        <translation>When the version was created, in local time and UTC</translation>
    </message>
    <message>
        <source>When the version is destroyed, in local time and UTC</source>
        <translation>When the version is destroyed, in local time and UTC</translation>
    </message>
    <message>
        <source>The version&apos;s description</source>
        <translation>The version&apos;s description</translation>
    </message>
    <message>
        <source>The keys of the version&apos;s entries (never the values)</source>
        <translation>The keys of the version&apos;s entries (never the values)</translation>
    </message>
    <message>
        <source>How the service generates this secret&apos;s password</source>
        <translation>How the service generates this secret&apos;s password</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The version&apos;s status, and whether it is the current version</source>
        <translation>The version&apos;s status, and whether it is the current version</translation>
    </message>
    <message>
        <source>Puts the version ID on the clipboard</source>
        <translation>Puts the version ID on the clipboard</translation>
    </message>
    <message>
        <source>Puts the secret ID on the clipboard</source>
        <translation>Puts the secret ID on the clipboard</translation>
    </message>
    <message>
        <source>Select a version in the table to see its details here</source>
        <translation>Select a version in the table to see its details here</translation>
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
