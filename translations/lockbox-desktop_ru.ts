<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddVersionDialog</name>
    <message>
        <source>Add Version</source>
        <translation>Добавление версии</translation>
    </message>
    <message>
        <source>&amp;Base version:</source>
        <translation>&amp;Базовая версия:</translation>
    </message>
    <message>
        <source>Base version</source>
        <translation>Базовая версия</translation>
    </message>
    <message>
        <source>Inherited keys:</source>
        <translation>Унаследованные ключи:</translation>
    </message>
    <message>
        <source>&amp;Edit keys and values</source>
        <translation>&amp;Изменить ключи и значения</translation>
    </message>
    <message>
        <source>&amp;Generate a new password</source>
        <translation>&amp;Сгенерировать новый пароль</translation>
    </message>
    <message>
        <source>Keys and values of the new version</source>
        <translation>Ключи и значения новой версии</translation>
    </message>
    <message>
        <source>Re&amp;move New Key</source>
        <translation>&amp;Убрать новый ключ</translation>
    </message>
    <message>
        <source>&amp;Load Value from File…</source>
        <translation>&amp;Загрузить значение из файла…</translation>
    </message>
    <message>
        <source>S&amp;how values</source>
        <translation>&amp;Показывать значения</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Description of the new version</source>
        <translation>Описание новой версии</translation>
    </message>
    <message>
        <source>Why this version is added, e.g. &quot;Rotate password after incident review&quot;</source>
        <translation>Зачем добавляется версия, например «Смена пароля после разбора инцидента»</translation>
    </message>
    <message>
        <source>The version whose keys and values the new version starts from.</source>
        <translation>Версия, ключи и значения которой берутся за основу новой версии.</translation>
    </message>
    <message>
        <source>Edit the entries of the new version: keep, change, remove or add keys.</source>
        <translation>Изменить записи новой версии: оставить, изменить, удалить или добавить ключи.</translation>
    </message>
    <message>
        <source>Lockbox generates a new password under the secret&apos;s password specification.</source>
        <translation>Lockbox сгенерирует новый пароль по спецификации пароля секрета.</translation>
    </message>
    <message>
        <source>The keys of the new version and what happens to each: kept, changed, removed or added.</source>
        <translation>Ключи новой версии и что происходит с каждым: оставлен, изменён, удалён или добавлен.</translation>
    </message>
    <message>
        <source>Adds a new key to the version.</source>
        <translation>Добавляет в версию новый ключ.</translation>
    </message>
    <message>
        <source>Removes the selected key from the new version.</source>
        <translation>Удаляет выбранный ключ из новой версии.</translation>
    </message>
    <message>
        <source>Loads the value of the selected entry from a file.</source>
        <translation>Загружает значение выбранной записи из файла.</translation>
    </message>
    <message>
        <source>Shows the typed values instead of masking them.</source>
        <translation>Показывает введённые значения вместо маски.</translation>
    </message>
    <message>
        <source>Add &amp;Key</source>
        <translation>Добавить &amp;ключ</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server&apos;s response could not be read: %1</source>
        <translation>Не удалось прочитать ответ сервера: %1</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>неожиданное содержимое</translation>
    </message>
    <message>
        <source>No credentials are configured for this profile</source>
        <translation>Для этого профиля не заданы учётные данные</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If the server uses a private certificate authority, add its CA certificate to the profile.</source>
        <translation>Сертификат сервера не является доверенным (%1). Если сервер использует частный удостоверяющий центр, добавьте его сертификат в профиль.</translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere; it was not followed (%1)</source>
        <translation>Сервер перенаправил запрос на другой адрес; перенаправление не выполнено (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s response was cut short (%1)</source>
        <translation>Ответ сервера оборвался (%1)</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Не удалось связаться с сервером: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s)</source>
        <translation>
            <numerusform>Сервер не ответил за %n секунду</numerusform>
            <numerusform>Сервер не ответил за %n секунды</numerusform>
            <numerusform>Сервер не ответил за %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelDestructionDialog</name>
    <message>
        <source>Cancel Version Destruction</source>
        <translation>Отмена удаления версий</translation>
    </message>
    <message>
        <source>Versions whose destruction is cancelled</source>
        <translation>Версии, удаление которых отменяется</translation>
    </message>
    <message>
        <source>The versions whose scheduled destruction is cancelled, with the outcome of each.</source>
        <translation>Версии, для которых отменяется запланированное удаление, и результат для каждой.</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <source>Keys of both versions</source>
        <translation>Ключи обеих версий</translation>
    </message>
    <message>
        <source>Each key with how it changed from version A to version B</source>
        <translation>Каждый ключ и то, как он изменился от версии A к версии B</translation>
    </message>
    <message>
        <source>Compare &amp;Values</source>
        <translation>Сравнить &amp;значения</translation>
    </message>
    <message>
        <source>Compare values</source>
        <translation>Сравнить значения</translation>
    </message>
    <message>
        <source>Reads both versions and marks each kept key as changed or unchanged, without showing the values</source>
        <translation>Читает обе версии и отмечает, изменилось ли значение каждого сохранённого ключа, не показывая значений</translation>
    </message>
    <message>
        <source>Reading the values</source>
        <translation>Чтение значений</translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>The IAM token was refused; paste a new token in the profile</source>
        <translation>IAM-токен отклонён; вставьте в профиль новый токен</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The credential is not in the keychain.</source>
        <translation>Учётных данных нет в хранилище ключей.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring (for example with Seahorse or your desktop&apos;s login) and try again.</source>
        <translation>Хранилище ключей отказало в доступе (%1). Разблокируйте связку ключей (например, в Seahorse или при входе в систему) и повторите попытку.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Lockbox Desktop keeps credentials only in the system keychain: install and start a Secret Service such as gnome-keyring or KWallet.</source>
        <translation>Хранилище ключей недоступно (%1). Lockbox Desktop хранит учётные данные только в системном хранилище ключей: установите и запустите Secret Service, например gnome-keyring или KWallet.</translation>
    </message>
    <message>
        <source>The keychain failed: %1. If no Secret Service is running, install gnome-keyring (or KWallet) and unlock it.</source>
        <translation>Ошибка хранилища ключей: %1. Если Secret Service не запущен, установите gnome-keyring (или KWallet) и разблокируйте его.</translation>
    </message>
</context>
<context>
    <name>DeleteSecretDialog</name>
    <message>
        <source>Delete Secret</source>
        <translation>Удаление секрета</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отказаться</translation>
    </message>
</context>
<context>
    <name>ExchangeTokenProvider</name>
    <message>
        <source>IAM refused the service account key: %1</source>
        <translation>IAM отклонил ключ сервисного аккаунта: %1</translation>
    </message>
    <message>
        <source>IAM refused the OAuth token: %1. Get a new one at oauth.yandex.com.</source>
        <translation>IAM отклонил OAuth-токен: %1. Получите новый на oauth.yandex.ru.</translation>
    </message>
</context>
<context>
    <name>PasswordSpecDialog</name>
    <message>
        <source>Password Specification</source>
        <translation>Спецификация пароля</translation>
    </message>
    <message>
        <source>The service generates the password of each new version from this specification.</source>
        <translation>Сервис генерирует пароль каждой новой версии по этой спецификации.</translation>
    </message>
    <message>
        <source>Password &amp;key:</source>
        <translation>&amp;Ключ пароля:</translation>
    </message>
    <message>
        <source>Password key</source>
        <translation>Ключ пароля</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Длина:</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>Длина пароля</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Символы</translation>
    </message>
    <message>
        <source>&amp;Uppercase letters (A–Z)</source>
        <translation>&amp;Заглавные буквы (A–Z)</translation>
    </message>
    <message>
        <source>Lo&amp;wercase letters (a–z)</source>
        <translation>Строчн&amp;ые буквы (a–z)</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>&amp;Цифры (0–9)</translation>
    </message>
    <message>
        <source>&amp;Punctuation</source>
        <translation>Знаки &amp;препинания</translation>
    </message>
    <message>
        <source>Which punctuation characters</source>
        <translation>Какие знаки препинания</translation>
    </message>
    <message>
        <source>Punctuation characters</source>
        <translation>Знаки препинания</translation>
    </message>
    <message>
        <source>Characters, e.g. !#$%</source>
        <translation>Символы, например !#$%</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Sample password</source>
        <translation>Пример пароля</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>П&amp;оказать</translation>
    </message>
    <message>
        <source>&amp;New Sample</source>
        <translation>&amp;Новый пример</translation>
    </message>
    <message>
        <source>Generated on this computer to show what the specification allows. It is never sent; the service generates the real password.</source>
        <translation>Создан на этом компьютере, чтобы показать, что допускает спецификация. Он никуда не отправляется: настоящий пароль генерирует сервис.</translation>
    </message>
    <message>
        <source>&amp;Generate a new version now</source>
        <translation>С&amp;генерировать новую версию сейчас</translation>
    </message>
    <message>
        <source>The key under which Lockbox stores the generated password.</source>
        <translation>Ключ, под которым Lockbox хранит сгенерированный пароль.</translation>
    </message>
    <message>
        <source>Number of characters in a generated password, 1 to 256.</source>
        <translation>Число символов в сгенерированном пароле, от 1 до 256.</translation>
    </message>
    <message>
        <source>Generated passwords contain capital letters A–Z.</source>
        <translation>Сгенерированные пароли содержат заглавные буквы A–Z.</translation>
    </message>
    <message>
        <source>Generated passwords contain small letters a–z.</source>
        <translation>Сгенерированные пароли содержат строчные буквы a–z.</translation>
    </message>
    <message>
        <source>Generated passwords contain digits 0–9.</source>
        <translation>Сгенерированные пароли содержат цифры 0–9.</translation>
    </message>
    <message>
        <source>Generated passwords contain punctuation characters.</source>
        <translation>Сгенерированные пароли содержат знаки препинания.</translation>
    </message>
    <message>
        <source>Whether the characters typed next to it are the only punctuation used or the punctuation left out.</source>
        <translation>Используются только введённые рядом знаки препинания или, наоборот, они исключаются.</translation>
    </message>
    <message>
        <source>A password generated on this computer with the settings above, to show their effect; it is not saved.</source>
        <translation>Пароль, сгенерированный на этом компьютере с указанными настройками, чтобы показать их действие; он не сохраняется.</translation>
    </message>
    <message>
        <source>Shows the sample password instead of masking it.</source>
        <translation>Показывает пример пароля вместо маски.</translation>
    </message>
    <message>
        <source>Generates another sample password with the same settings.</source>
        <translation>Генерирует другой пример пароля с теми же настройками.</translation>
    </message>
    <message>
        <source>After saving the specification, Lockbox generates a new version with a new password.</source>
        <translation>После сохранения спецификации Lockbox сгенерирует новую версию с новым паролем.</translation>
    </message>
</context>
<context>
    <name>PayloadViewerDialog</name>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Reading the values</source>
        <translation>Чтение значений</translation>
    </message>
    <message>
        <source>Reading the values…</source>
        <translation>Чтение значений…</translation>
    </message>
    <message>
        <source>Keys and values</source>
        <translation>Ключи и значения</translation>
    </message>
    <message>
        <source>Values are hidden until shown. Space shows or hides the value of the selected key; Ctrl+C copies it.</source>
        <translation>Значения скрыты, пока их не покажут. Пробел показывает или скрывает значение выбранного ключа; Ctrl+C копирует его.</translation>
    </message>
    <message>
        <source>Show &amp;All…</source>
        <translation>Показать &amp;все…</translation>
    </message>
    <message>
        <source>Show all values</source>
        <translation>Показать все значения</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>&amp;Копировать значение</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>Копировать выбранное значение</translation>
    </message>
    <message>
        <source>Puts the value on the clipboard, which is cleared again after a while</source>
        <translation>Помещает значение в буфер обмена, который через некоторое время очищается</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>Save the selected value to a file</source>
        <translation>Сохранить выбранное значение в файл</translation>
    </message>
    <message>
        <source>Shows or hides all values at once.</source>
        <translation>Показывает или скрывает все значения сразу.</translation>
    </message>
    <message>
        <source>Saves the value of the selected key to a file.</source>
        <translation>Сохраняет значение выбранного ключа в файл.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Профили подключения</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Профили:</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Сохранённые профили</translation>
    </message>
    <message>
        <source>Select a profile to edit it</source>
        <translation>Выберите профиль, чтобы изменить его</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>У&amp;далить…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Удалить профиль</translation>
    </message>
    <message>
        <source>Deletes the selected profile and its credential in the keychain</source>
        <translation>Удаляет выбранный профиль и его учётные данные в хранилище ключей</translation>
    </message>
    <message>
        <source>&amp;Import from yc…</source>
        <translation>&amp;Импорт из yc…</translation>
    </message>
    <message>
        <source>Import from the yc CLI</source>
        <translation>Импорт из CLI yc</translation>
    </message>
    <message>
        <source>Fills the form from a profile of the yc command-line tool&apos;s configuration</source>
        <translation>Заполняет форму по профилю из конфигурации утилиты командной строки yc</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Название профиля</translation>
    </message>
    <message>
        <source>e.g. production (robot)</source>
        <translation>например, production (robot)</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Учётные данные:</translation>
    </message>
    <message>
        <source>Credential kind</source>
        <translation>Тип учётных данных</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file</source>
        <translation>Хранится в системном хранилище ключей, никогда — в файле настроек</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>П&amp;оказать</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Показать токен</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Файл ключа:</translation>
    </message>
    <message>
        <source>Authorized key file</source>
        <translation>Файл авторизованного ключа</translation>
    </message>
    <message>
        <source>The JSON file yc iam key create writes; its content is kept in the system keychain</source>
        <translation>JSON-файл, который создаёт yc iam key create; его содержимое хранится в системном хранилище ключей</translation>
    </message>
    <message>
        <source>key.json from yc iam key create</source>
        <translation>key.json из yc iam key create</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the authorized key file</source>
        <translation>Выбрать файл авторизованного ключа</translation>
    </message>
    <message>
        <source>yc pro&amp;file:</source>
        <translation>Про&amp;филь yc:</translation>
    </message>
    <message>
        <source>yc CLI profile</source>
        <translation>Профиль CLI yc</translation>
    </message>
    <message>
        <source>Tokens come from yc iam create-token with this profile; empty uses yc&apos;s current profile</source>
        <translation>Токены выдаёт yc iam create-token с этим профилем; если пусто — текущий профиль yc</translation>
    </message>
    <message>
        <source>Cl&amp;oud ID:</source>
        <translation>О&amp;блако:</translation>
    </message>
    <message>
        <source>Cloud ID</source>
        <translation>Идентификатор облака</translation>
    </message>
    <message>
        <source>The cloud opened first in the tree (optional)</source>
        <translation>Облако, которое первым раскрывается в дереве (необязательно)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Fol&amp;der ID:</source>
        <translation>&amp;Каталог:</translation>
    </message>
    <message>
        <source>Folder ID</source>
        <translation>Идентификатор каталога</translation>
    </message>
    <message>
        <source>The folder whose secrets are listed first (optional)</source>
        <translation>Каталог, секреты которого показываются первыми (необязательно)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Эндпоинт:</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL эндпоинта</translation>
    </message>
    <message>
        <source>Empty: Yandex Cloud&apos;s own hosts. Otherwise every service under this base URL</source>
        <translation>Пусто — собственные хосты Yandex Cloud. Иначе все сервисы по этому базовому URL</translation>
    </message>
    <message>
        <source>Yandex Cloud (default)</source>
        <translation>Yandex Cloud (по умолчанию)</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Сертификат &amp;ЦС:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Файл сертификата ЦС</translation>
    </message>
    <message>
        <source>A PEM file with certificates trusted in addition to the system&apos;s</source>
        <translation>PEM-файл с сертификатами, которым доверять в дополнение к системным</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Только системные сертификаты</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Выбрать файл сертификата ЦС</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>П&amp;рокси:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Адрес прокси</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Ра&amp;змер страницы:</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Размер страницы</translation>
    </message>
    <message>
        <source>How many secrets each list request asks for</source>
        <translation>Сколько секретов запрашивать в одном запросе списка</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>Проверить подклю&amp;чение</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Signs in with the form as it is and lists the clouds</source>
        <translation>Входит с данными из формы и получает список облаков</translation>
    </message>
    <message>
        <source>&amp;Use the Sandbox Instead</source>
        <translation>Открыть песоч&amp;ницу</translation>
    </message>
    <message>
        <source>Use the sandbox instead</source>
        <translation>Открыть песочницу</translation>
    </message>
    <message>
        <source>Starts a local emulator with demo secrets; nothing in it reaches Yandex Cloud</source>
        <translation>Запускает локальный эмулятор с демонстрационными секретами; из него ничего не попадает в Yandex Cloud</translation>
    </message>
    <message>
        <source>Starts a new connection profile.</source>
        <translation>Создаёт новый профиль подключения.</translation>
    </message>
    <message>
        <source>How this profile signs in to Yandex Cloud.</source>
        <translation>Как этот профиль входит в Yandex Cloud.</translation>
    </message>
    <message>
        <source>Shows the token instead of masking it.</source>
        <translation>Показывает токен вместо маски.</translation>
    </message>
    <message>
        <source>Chooses the service account&apos;s authorized key file.</source>
        <translation>Выбирает файл авторизованного ключа сервисного аккаунта.</translation>
    </message>
    <message>
        <source>Which proxy the connection uses: the system&apos;s, none, or the one typed next to it.</source>
        <translation>Какой прокси использует подключение: системный, никакого или указанный рядом.</translation>
    </message>
    <message>
        <source>e.g. http://proxy:3128 or socks5://…</source>
        <translation>http://proxy:3128, socks5://…</translation>
    </message>
</context>
<context>
    <name>ScheduleDestructionDialog</name>
    <message>
        <source>Schedule Version Destruction</source>
        <translation>Планирование удаления версий</translation>
    </message>
    <message>
        <source>Versions to schedule for destruction</source>
        <translation>Версии, удаление которых планируется</translation>
    </message>
    <message>
        <source>&amp;Pending period:</source>
        <translation>&amp;Период ожидания:</translation>
    </message>
    <message>
        <source>Pending period</source>
        <translation>Период ожидания</translation>
    </message>
    <message>
        <source>C&amp;ustom period:</source>
        <translation>&amp;Свой период:</translation>
    </message>
    <message>
        <source>Custom pending period</source>
        <translation>Свой период ожидания</translation>
    </message>
    <message>
        <source>Unit of the custom pending period</source>
        <translation>Единица своего периода ожидания</translation>
    </message>
    <message>
        <source>Destroyed at:</source>
        <translation>Время удаления:</translation>
    </message>
    <message>
        <source>The current version is among them. Once it is destroyed, reading the secret without a version ID fails. Consider setting another version as current first.</source>
        <translation>Среди них есть текущая версия. Когда она будет удалена, чтение секрета без идентификатора версии станет невозможным. Сначала сделайте текущей другую версию.</translation>
    </message>
    <message>
        <source>The versions to be destroyed, with the outcome of each.</source>
        <translation>Версии, которые будут удалены, и результат для каждой.</translation>
    </message>
    <message>
        <source>How long the versions wait before they are destroyed; until then the destruction can be cancelled.</source>
        <translation>Сколько версии ждут удаления; до этого времени удаление можно отменить.</translation>
    </message>
    <message>
        <source>The length of a custom pending period.</source>
        <translation>Длительность периода ожидания, заданного вручную.</translation>
    </message>
    <message>
        <source>The unit of the custom pending period.</source>
        <translation>Единица периода ожидания, заданного вручную.</translation>
    </message>
</context>
<context>
    <name>SecretEditDialog</name>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Имя секрета</translation>
    </message>
    <message>
        <source>e.g. postgres-main</source>
        <translation>например, postgres-main</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Secret description</source>
        <translation>Описание секрета</translation>
    </message>
    <message>
        <source>optional, at most 1024 characters</source>
        <translation>необязательно, не больше 1024 символов</translation>
    </message>
    <message>
        <source>K&amp;MS key ID:</source>
        <translation>Ключ K&amp;MS:</translation>
    </message>
    <message>
        <source>KMS key ID</source>
        <translation>Идентификатор ключа KMS</translation>
    </message>
    <message>
        <source>The Key Management Service key that encrypts the secret; empty uses the default encryption</source>
        <translation>Ключ Key Management Service, которым шифруется секрет; если пусто — шифрование по умолчанию</translation>
    </message>
    <message>
        <source>optional: the service&apos;s default encryption</source>
        <translation>необязательно: шифрование сервиса по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Protect from deletion</source>
        <translation>&amp;Защита от удаления</translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation>Защита от удаления</translation>
    </message>
    <message>
        <source>A protected secret cannot be deleted until the protection is turned off</source>
        <translation>Защищённый секрет нельзя удалить, пока защита не выключена</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Key and value of each label: lowercase letters, digits, - and _</source>
        <translation>Ключ и значение каждой метки: строчные буквы, цифры, - и _</translation>
    </message>
    <message>
        <source>&amp;Add Label</source>
        <translation>Добавить &amp;метку</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Remove La&amp;bel</source>
        <translation>Убрать ме&amp;тку</translation>
    </message>
    <message>
        <source>Remove the selected label</source>
        <translation>Убрать выбранную метку</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>&amp;Values you enter</source>
        <translation>&amp;Введённые значения</translation>
    </message>
    <message>
        <source>The first version holds the keys and values entered below</source>
        <translation>Первая версия содержит ключи и значения, введённые ниже</translation>
    </message>
    <message>
        <source>&amp;Generated password</source>
        <translation>С&amp;генерированный пароль</translation>
    </message>
    <message>
        <source>The service generates the password of each version from a specification</source>
        <translation>Сервис генерирует пароль каждой версии по спецификации</translation>
    </message>
    <message>
        <source>Entries of the first version</source>
        <translation>Записи первой версии</translation>
    </message>
    <message>
        <source>Add &amp;Entry</source>
        <translation>Добавить з&amp;апись</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Remove En&amp;try</source>
        <translation>У&amp;брать запись</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Убрать выбранную запись</translation>
    </message>
    <message>
        <source>S&amp;how values</source>
        <translation>Показать зна&amp;чения</translation>
    </message>
    <message>
        <source>Version desc&amp;ription:</source>
        <translation>О&amp;писание версии:</translation>
    </message>
    <message>
        <source>Description of the first version</source>
        <translation>Описание первой версии</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Create &amp;without a version (add values later)</source>
        <translation>Создать б&amp;ез версии (значения добавить позже)</translation>
    </message>
    <message>
        <source>Password &amp;key:</source>
        <translation>&amp;Ключ пароля:</translation>
    </message>
    <message>
        <source>Password key</source>
        <translation>Ключ пароля</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Длина:</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>Длина пароля</translation>
    </message>
    <message>
        <source>&amp;Uppercase letters (A–Z)</source>
        <translation>З&amp;аглавные буквы (A–Z)</translation>
    </message>
    <message>
        <source>L&amp;owercase letters (a–z)</source>
        <translation>Строч&amp;ные буквы (a–z)</translation>
    </message>
    <message>
        <source>D&amp;igits (0–9)</source>
        <translation>Ци&amp;фры (0–9)</translation>
    </message>
    <message>
        <source>Pun&amp;ctuation</source>
        <translation>Знаки пре&amp;пинания</translation>
    </message>
    <message>
        <source>Which punctuation characters</source>
        <translation>Какие знаки препинания</translation>
    </message>
    <message>
        <source>Punctuation characters</source>
        <translation>Знаки препинания</translation>
    </message>
    <message>
        <source>Characters, e.g. !#$%</source>
        <translation>Символы, например !#$%</translation>
    </message>
    <message>
        <source>A description of the secret, up to 1024 characters.</source>
        <translation>Описание секрета, до 1024 символов.</translation>
    </message>
    <message>
        <source>Adds a label to the secret.</source>
        <translation>Добавляет метку секрету.</translation>
    </message>
    <message>
        <source>Removes the selected label.</source>
        <translation>Удаляет выбранную метку.</translation>
    </message>
    <message>
        <source>The keys and values of the secret&apos;s first version.</source>
        <translation>Ключи и значения первой версии секрета.</translation>
    </message>
    <message>
        <source>Adds a key to the first version.</source>
        <translation>Добавляет ключ в первую версию.</translation>
    </message>
    <message>
        <source>Removes the selected key.</source>
        <translation>Удаляет выбранный ключ.</translation>
    </message>
    <message>
        <source>Shows the typed values instead of masking them.</source>
        <translation>Показывает введённые значения вместо маски.</translation>
    </message>
    <message>
        <source>Creates the secret without a version; add one later.</source>
        <translation>Создаёт секрет без версии; её можно добавить позже.</translation>
    </message>
    <message>
        <source>The key under which Lockbox stores the generated password.</source>
        <translation>Ключ, под которым Lockbox хранит сгенерированный пароль.</translation>
    </message>
    <message>
        <source>Number of characters in a generated password, 1 to 256.</source>
        <translation>Число символов в сгенерированном пароле, от 1 до 256.</translation>
    </message>
    <message>
        <source>Generated passwords contain capital letters A–Z.</source>
        <translation>Сгенерированные пароли содержат заглавные буквы A–Z.</translation>
    </message>
    <message>
        <source>Generated passwords contain small letters a–z.</source>
        <translation>Сгенерированные пароли содержат строчные буквы a–z.</translation>
    </message>
    <message>
        <source>Generated passwords contain digits 0–9.</source>
        <translation>Сгенерированные пароли содержат цифры 0–9.</translation>
    </message>
    <message>
        <source>Generated passwords contain punctuation characters.</source>
        <translation>Сгенерированные пароли содержат знаки препинания.</translation>
    </message>
    <message>
        <source>Whether the characters typed next to it are the only punctuation used or the punctuation left out.</source>
        <translation>Используются только введённые рядом знаки препинания или, наоборот, они исключаются.</translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message>
        <source>The authorized key file is not valid JSON.</source>
        <translation>Файл авторизованного ключа не является корректным JSON.</translation>
    </message>
    <message>
        <source>The authorized key file lacks id, service_account_id or private_key. Create one with &quot;yc iam key create --service-account-name NAME -o key.json&quot;.</source>
        <translation>В файле авторизованного ключа нет id, service_account_id или private_key. Создайте его командой «yc iam key create --service-account-name NAME -o key.json».</translation>
    </message>
    <message>
        <source>The private key in the authorized key file is not PEM.</source>
        <translation>Закрытый ключ в файле авторизованного ключа не в формате PEM.</translation>
    </message>
    <message>
        <source>The private key of the authorized key cannot be read as an RSA key.</source>
        <translation>Закрытый ключ авторизованного ключа не читается как ключ RSA.</translation>
    </message>
    <message>
        <source>Signing the JWT failed.</source>
        <translation>Не удалось подписать JWT.</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s libcrypto (version 3), which signs with the authorized key, cannot be loaded: %1</source>
        <translation>Не удаётся загрузить libcrypto из OpenSSL (версии 3), которая подписывает запросы авторизованным ключом: %1</translation>
    </message>
    <message>
        <source>The private key in the authorized key file is protected by a passphrase. Use the file as &quot;yc iam key create&quot; writes it, without a passphrase.</source>
        <translation>Закрытый ключ в файле авторизованного ключа защищён паролем. Используйте файл в том виде, в каком его создаёт «yc iam key create», без пароля.</translation>
    </message>
</context>
<context>
    <name>YcCliTokenProvider</name>
    <message>
        <source>The yc CLI is not installed or not on PATH; it is needed to get tokens for federated accounts.</source>
        <translation>CLI yc не установлен или не найден в PATH; он нужен, чтобы получать токены федеративных аккаунтов.</translation>
    </message>
    <message>
        <source>yc iam create-token failed: %1</source>
        <translation>Ошибка yc iam create-token: %1</translation>
    </message>
    <message>
        <source>yc could not be started.</source>
        <translation>Не удалось запустить yc.</translation>
    </message>
</context>
<context>
    <name>YcConfig</name>
    <message>
        <source>The yc configuration is not valid YAML: %1</source>
        <translation>Конфигурация yc не является корректным YAML: %1</translation>
    </message>
    <message>
        <source>The yc configuration cannot be read: %1</source>
        <translation>Не удалось прочитать конфигурацию yc: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>lockbox::CloudFolderModel</name>
    <message>
        <source>Cloud %1</source>
        <translation>Облако %1</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Каталог %1</translation>
    </message>
    <message>
        <source>Clouds and folders</source>
        <translation>Облака и каталоги</translation>
    </message>
</context>
<context>
    <name>lockbox::ConnectionFactory</name>
    <message>
        <source>The proxy “%1” is not understood: write http://host:port or socks5://host:port, “direct” for no proxy, or leave it empty for the system&apos;s settings.</source>
        <translation>Адрес прокси «%1» не распознан: укажите http://хост:порт или socks5://хост:порт, «direct» — без прокси, или оставьте пустым для системных настроек.</translation>
    </message>
    <message>
        <source>The proxy “%1” has no port: write %2://host:port.</source>
        <translation>В адресе прокси «%1» нет порта: укажите %2://хост:порт.</translation>
    </message>
    <message>
        <source>User names and passwords in the proxy address are not supported: they would be saved in plain text.</source>
        <translation>Имена пользователей и пароли в адресе прокси не поддерживаются: они сохранились бы открытым текстом.</translation>
    </message>
    <message>
        <source>The endpoint “%1” is not an https:// (or http://) URL.</source>
        <translation>Эндпоинт «%1» — не URL https:// (или http://).</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” could not be read: %2</source>
        <translation>Не удалось прочитать файл сертификата ЦС «%1»: %2</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>В файле сертификата ЦС «%1» нет сертификата PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Окружение</translation>
    </message>
    <message>
        <source>Both YC_TOKEN and YC_SERVICE_ACCOUNT_KEY_FILE are set: unset one of them.</source>
        <translation>Заданы и YC_TOKEN, и YC_SERVICE_ACCOUNT_KEY_FILE: уберите одну из переменных.</translation>
    </message>
    <message>
        <source>YC_SERVICE_ACCOUNT_KEY_FILE names “%1”, which could not be read: %2</source>
        <translation>YC_SERVICE_ACCOUNT_KEY_FILE указывает на «%1», но прочитать его не удалось: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has no token: enter one in the profile editor.</source>
        <translation>В профиле «%1» нет токена: введите его в редакторе профилей.</translation>
    </message>
    <message>
        <source>The sandbox has no connection profile to build.</source>
        <translation>Для песочницы профиль подключения не создаётся.</translation>
    </message>
    <message>
        <source>No profile store to read the credential from.</source>
        <translation>Нет хранилища профилей, из которого можно прочитать учётные данные.</translation>
    </message>
    <message>
        <source>The credential of profile “%1” is not in the keychain: open Manage Profiles and enter it again.</source>
        <translation>Учётных данных профиля «%1» нет в хранилище ключей: откройте «Управление профилями» и введите их снова.</translation>
    </message>
</context>
<context>
    <name>lockbox::OperationLog</name>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Операция %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Идентификатор запроса</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>The request ID the server gave</source>
        <translation>ID запроса, выданный сервером</translation>
    </message>
    <message>
        <source>The request ID this app sent; no request ID came back from the server</source>
        <translation>ID запроса, отправленный приложением; сервер не вернул своего ID</translation>
    </message>
</context>
<context>
    <name>lockbox::OperationPoller</name>
    <message>
        <source>The operation was cancelled</source>
        <translation>Операция отменена</translation>
    </message>
    <message>
        <source>The operation did not finish in time; it may still complete on the server</source>
        <translation>Операция не завершилась вовремя; она ещё может завершиться на сервере</translation>
    </message>
</context>
<context>
    <name>lockbox::SecretsModel</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Деактивирован</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Создаётся</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Защищён</translation>
    </message>
    <message>
        <source>Deletion protection is on: the secret cannot be deleted</source>
        <translation>Включена защита от удаления: секрет нельзя удалить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Текущая версия</translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation>Защита от удаления</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>lockbox::VersionsModel</name>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Scheduled for destruction</source>
        <translation>Запланировано удаление</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>срок прошёл</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>через %n час</numerusform>
            <numerusform>через %n часа</numerusform>
            <numerusform>через %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>через %n минуту</numerusform>
            <numerusform>через %n минуты</numerusform>
            <numerusform>через %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущая</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Destroy at</source>
        <translation>Время удаления</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::AddVersionDialog</name>
    <message>
        <source>Add Version — %1</source>
        <translation>Добавление версии — %1</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(текущая)</translation>
    </message>
    <message>
        <source>(scheduled for destruction)</source>
        <translation>(запланировано удаление)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>&amp;Add Version</source>
        <translation>&amp;Добавить версию</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Добавить версию</translation>
    </message>
    <message>
        <source>The service generates a new value for “%1” from the secret&apos;s password specification (%2). No values are sent.</source>
        <translation>Сервис сгенерирует новое значение ключа «%1» по спецификации пароля секрета (%2). Значения не отправляются.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>A key of the base version</source>
        <translation>Ключ базовой версии</translation>
    </message>
    <message>
        <source>Change of key %1</source>
        <translation>Изменение ключа %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Key of new entry %1</source>
        <translation>Ключ новой записи %1</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>новый ключ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Value type of row %1</source>
        <translation>Тип значения в строке %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Двоичное</translation>
    </message>
    <message>
        <source>Value of row %1</source>
        <translation>Значение в строке %1</translation>
    </message>
    <message>
        <source>removed from the new version</source>
        <translation>удаляется из новой версии</translation>
    </message>
    <message>
        <source>kept from the base version</source>
        <translation>берётся из базовой версии</translation>
    </message>
    <message>
        <source>use Load Value from File…</source>
        <translation>нажмите «Загрузить значение из файла…»</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>новое значение</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>Длина описания — %1 символов; допускается не больше %2.</translation>
    </message>
    <message>
        <source>A new key has no name.</source>
        <translation>У нового ключа нет имени.</translation>
    </message>
    <message>
        <source>The key “%1…” is longer than %2 characters.</source>
        <translation>Ключ «%1…» длиннее %2 символов.</translation>
    </message>
    <message>
        <source>The key “%1” may contain only Latin letters, digits and - _ . / \ @.</source>
        <translation>Ключ «%1» может содержать только латинские буквы, цифры и - _ . / \ @.</translation>
    </message>
    <message>
        <source>The key “%1” is listed twice. To change a key of the base version, choose Change in its row.</source>
        <translation>Ключ «%1» указан дважды. Чтобы изменить ключ базовой версии, выберите «Изменить» в его строке.</translation>
    </message>
    <message>
        <source>Load a file for the binary value of “%1”.</source>
        <translation>Загрузите файл для двоичного значения ключа «%1».</translation>
    </message>
    <message>
        <source>The value of “%1” is empty. An empty value removes the key: choose Remove to remove it.</source>
        <translation>Значение ключа «%1» пустое. Пустое значение удаляет ключ: чтобы удалить его, выберите «Удалить».</translation>
    </message>
    <message>
        <source>The value of “%1” is %2 bytes; at most %3 bytes are allowed.</source>
        <translation>Значение ключа «%1» занимает %2 байт; допускается не больше %3 байт.</translation>
    </message>
    <message>
        <source>The values sent total %1 bytes; a version may hold at most %2 bytes of values.</source>
        <translation>Отправляемые значения занимают %1 байт; в версии может быть не больше %2 байт значений.</translation>
    </message>
    <message>
        <source>The new version would have no keys: keep or add at least one.</source>
        <translation>В новой версии не останется ключей: оставьте или добавьте хотя бы один.</translation>
    </message>
    <message>
        <source>Nothing to add yet: change, remove or add a key, or enter a description.</source>
        <translation>Пока нечего добавлять: измените, удалите или добавьте ключ либо введите описание.</translation>
    </message>
    <message>
        <source>Values sent: %1 of %2 bytes. Values kept from the base version are not counted: this dialog does not read them, and the server checks the version&apos;s total.</source>
        <translation>Отправляется значений: %1 из %2 байт. Значения, взятые из базовой версии, не учитываются: этот диалог их не читает, общий размер версии проверяет сервер.</translation>
    </message>
    <message>
        <source>Load Value from File</source>
        <translation>Загрузка значения из файла</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a value may be at most %3 bytes.</source>
        <translation>Размер %1 — %2 байт; значение может занимать не больше %3 байт.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Choose the Binary type to send it as bytes.</source>
        <translation>%1 — не текст в UTF-8. Выберите тип «Двоичное», чтобы отправить его как байты.</translation>
    </message>
    <message>
        <source>The version was not added.</source>
        <translation>Версия не добавлена.</translation>
    </message>
    <message>
        <source>Adding the version…</source>
        <translation>Добавление версии…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;%Ln byte(s)&gt;</source>
        <translation>
            <numerusform>&lt;%Ln байт&gt;</numerusform>
            <numerusform>&lt;%Ln байта&gt;</numerusform>
            <numerusform>&lt;%Ln байт&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;%Ln byte(s)&gt; from %1</source>
        <translation>
            <numerusform>&lt;%Ln байт&gt; из %1</numerusform>
            <numerusform>&lt;%Ln байта&gt; из %1</numerusform>
            <numerusform>&lt;%Ln байт&gt; из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the description changes; the values are those of the base version.</source>
        <translation>Меняется только описание; значения берутся из базовой версии.</translation>
    </message>
    <message>
        <source>To send: %1 changed, %2 removed, %3 added; other keys are kept from the base version.</source>
        <translation>Будет отправлено: изменено — %1, удалено — %2, добавлено — %3; остальные ключи берутся из базовой версии.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Sends the new version to Lockbox, where it becomes the current version.</source>
        <translation>Отправляет новую версию в Lockbox, где она становится текущей версией.</translation>
    </message>
    <message>
        <source>Closes the dialog without adding a version.</source>
        <translation>Закрывает окно, не добавляя версию.</translation>
    </message>
    <message>
        <source>Keep the base version&apos;s value, change it, or remove the key.</source>
        <translation>Оставить значение базовой версии, изменить его или удалить ключ.</translation>
    </message>
    <message>
        <source>Whether the value is text or binary data.</source>
        <translation>Значение — текст или двоичные данные.</translation>
    </message>
    <message>
        <source>Discard the new version you have prepared?</source>
        <translation>Отказаться от подготовленной новой версии?</translation>
    </message>
    <message>
        <source>Add version</source>
        <comment>an entry in the operations panel</comment>
        <translation>Добавление версии</translation>
    </message>
    <message>
        <source>The value of the new key “%1” is empty. Type a value, or drop the key with Remove New Key.</source>
        <translation>Значение нового ключа «%1» пустое. Введите значение или уберите ключ кнопкой «Убрать новый ключ».</translation>
    </message>
    <message>
        <source>The server may have added the version, but has not confirmed it.</source>
        <translation>Возможно, сервер добавил версию, но не подтвердил это.</translation>
    </message>
    <message>
        <source>The versions are being read again: if the new version is listed, it was added. Sending the same request again reuses its idempotency key, so the server answers with the operation it already ran instead of adding a second version.</source>
        <translation>Список версий читается заново: если новая версия в нём есть, она добавлена. Повторная отправка того же запроса использует тот же ключ идемпотентности, поэтому сервер вернёт уже выполненную операцию, а не добавит вторую версию.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::CancelDestructionDialog</name>
    <message>
        <source>Not scheduled for destruction, left as they are: %1</source>
        <translation>Удаление не запланировано, версии остаются как есть: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancel Destruction of %n Version(s)</source>
        <translation>
            <numerusform>Отмена удаления %n версии</numerusform>
            <numerusform>Отмена удаления %n версий</numerusform>
            <numerusform>Отмена удаления %n версий</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;Destruction</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>Cancel destruction</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Scheduled for destruction at %1</source>
        <translation>Удаление запланировано на %1</translation>
    </message>
    <message>
        <source>Destruction cancelled; the version is active</source>
        <translation>Удаление отменено, версия активна</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Повторить неудавшиеся</translation>
    </message>
    <message>
        <source>Cancels the scheduled destruction of the listed versions.</source>
        <translation>Отменяет запланированное удаление перечисленных версий.</translation>
    </message>
    <message>
        <source>Closes the dialog; versions not cancelled stay scheduled for destruction.</source>
        <translation>Закрывает окно; версии, для которых удаление не отменено, остаются запланированными к удалению.</translation>
    </message>
    <message>
        <source>Cancel version destruction</source>
        <translation>Отмена удаления версии</translation>
    </message>
    <message>
        <source>The scheduled destruction of the version will be cancelled, and it becomes active again.</source>
        <translation>Запланированное удаление версии будет отменено, и она снова станет активной.</translation>
    </message>
    <message>
        <source>The scheduled destruction of the versions will be cancelled, and they become active again.</source>
        <translation>Запланированное удаление версий будет отменено, и они снова станут активными.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::CompareVersionsDialog</name>
    <message>
        <source>not in this version</source>
        <translation>нет в этой версии</translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>скрытое значение</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Value in A</source>
        <translation>Значение в A</translation>
    </message>
    <message>
        <source>Value in B</source>
        <translation>Значение в B</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Compare Versions — %1</source>
        <translation>Сравнение версий — %1</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(текущая)</translation>
    </message>
    <message>
        <source>(scheduled for destruction)</source>
        <translation>(запланировано удаление)</translation>
    </message>
    <message>
        <source>(destroyed)</source>
        <translation>(удалена)</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>создана %1</translation>
    </message>
    <message>
        <source>Secret: %1 (%2)</source>
        <translation>Секрет: %1 (%2)</translation>
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
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Сохранён</translation>
    </message>
    <message>
        <source>Value changed</source>
        <translation>Значение изменилось</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>The secret is deactivated, so its values cannot be read.</source>
        <translation>Секрет деактивирован, поэтому его значения прочитать нельзя.</translation>
    </message>
    <message>
        <source>Version %1 is scheduled for destruction, so its values cannot be read.</source>
        <translation>Для версии %1 запланировано удаление, поэтому её значения прочитать нельзя.</translation>
    </message>
    <message>
        <source>Version %1 is destroyed: its values are gone.</source>
        <translation>Версия %1 удалена: её значений больше нет.</translation>
    </message>
    <message>
        <source>Compare values</source>
        <translation>Сравнение значений</translation>
    </message>
    <message>
        <source>The values could not be compared; the comparison of keys above stands.</source>
        <translation>Сравнить значения не удалось; сравнение ключей выше остаётся в силе.</translation>
    </message>
    <message>
        <source>Show changed value</source>
        <translation>Показ изменённого значения</translation>
    </message>
    <message>
        <source>The values of “%1” could not be shown.</source>
        <translation>Не удалось показать значения ключа «%1».</translation>
    </message>
    <message>
        <source>Show both values of %1</source>
        <translation>Показать оба значения ключа %1</translation>
    </message>
    <message>
        <source>Reads both versions again and shows this key&apos;s two values</source>
        <translation>Снова читает обе версии и показывает два значения этого ключа</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Added in B: %1 · Removed from A: %2 · Kept: %3</source>
        <translation>Добавлено в B: %1 · Удалено из A: %2 · Сохранено: %3</translation>
    </message>
    <message>
        <source>(values: %1 changed, %2 unchanged)</source>
        <translation>(значения: изменено %1, без изменений %2)</translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation>Чтение обеих версий…</translation>
    </message>
    <message>
        <source>The keys are compared all the same.</source>
        <translation>Ключи при этом всё равно сравниваются.</translation>
    </message>
    <message>
        <source>Values were compared in memory and dropped; none is shown unless you choose Show.</source>
        <translation>Значения сравнены в памяти и сразу удалены из неё; ни одно не показывается, пока вы не нажмёте «Показать».</translation>
    </message>
    <message>
        <source>Reads both versions (needs the lockbox.payloadViewer role) and shows only whether each kept value changed.</source>
        <translation>Читает обе версии (нужна роль lockbox.payloadViewer) и показывает только, изменилось ли каждое сохранённое значение.</translation>
    </message>
    <message>
        <source>Closes the comparison and drops any value shown from memory.</source>
        <translation>Закрывает сравнение и удаляет показанные значения из памяти.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::DeleteSecretDialog</name>
    <message>
        <source>Delete Secret — %1</source>
        <translation>Удаление секрета — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete the secret “%1”?&lt;/b&gt;&lt;br&gt;ID %2</source>
        <translation>&lt;b&gt;Удалить секрет «%1»?&lt;/b&gt;&lt;br&gt;Идентификатор %2</translation>
    </message>
    <message>
        <source>Every version of it and every value goes at once; applications that read it stop working. This cannot be undone. To stop its use but keep it, deactivate it instead.</source>
        <translation>Сразу удаляются все его версии и все значения; приложения, которые его читают, перестанут работать. Это нельзя отменить. Чтобы прекратить использование секрета, но сохранить его, деактивируйте его.</translation>
    </message>
    <message>
        <source>Deletion protection is on for this secret: the service refuses to delete it until the protection is turned off (Edit Secret).</source>
        <translation>У этого секрета включена защита от удаления: сервис не удалит его, пока защита не будет выключена («Изменить секрет»).</translation>
    </message>
    <message>
        <source>&amp;Delete Secret</source>
        <translation>&amp;Удалить секрет</translation>
    </message>
    <message>
        <source>Delete the secret %1</source>
        <translation>Удалить секрет %1</translation>
    </message>
    <message>
        <source>The secret was not deleted.</source>
        <translation>Секрет не удалён.</translation>
    </message>
    <message>
        <source>The secret is protected from deletion. To delete it, open Edit Secret, clear “Protect from deletion”, save, and delete it again.</source>
        <translation>Секрет защищён от удаления. Чтобы удалить его, откройте «Изменить секрет», снимите флажок «Защита от удаления», сохраните и удалите секрет ещё раз.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <source>Deletes the secret with all its versions. This cannot be undone.</source>
        <translation>Удаляет секрет со всеми версиями. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Closes the dialog and keeps the secret.</source>
        <translation>Закрывает окно, секрет остаётся.</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Удаление секрета</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Скрыть сообщение об ошибке</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>What failed, what the server said and the request ID to quote</source>
        <translation>Что не удалось, что ответил сервер и идентификатор запроса для обращения в поддержку</translation>
    </message>
    <message>
        <source>Try the failed request again</source>
        <translation>Повторить неудавшийся запрос</translation>
    </message>
    <message>
        <source>Hide this error message</source>
        <translation>Скрыть это сообщение об ошибке</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Идентификатор запроса</translation>
    </message>
    <message>
        <source>The ID to quote to support; select it to copy it</source>
        <translation>Идентификатор для обращения в поддержку; выделите его, чтобы скопировать</translation>
    </message>
    <message>
        <source>Client request ID:</source>
        <translation>Идентификатор запроса клиента:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>Идентификатор запроса:</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::ErrorText</name>
    <message>
        <source>Network error</source>
        <translation>Ошибка сети</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Не удалось установить защищённое соединение</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Время ожидания истекло</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Неожиданный ответ сервера</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Сервер отклонил запрос</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>Сейчас невозможно</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Quota or rate limit exceeded</source>
        <translation>Превышена квота или ограничение частоты запросов</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Сервис недоступен</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>подробности не указаны</translation>
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
        <translation>Идентификатор запроса: %1</translation>
    </message>
    <message>
        <source>Client request ID: %1</source>
        <translation>Идентификатор запроса клиента: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: the server may have done it, but has not confirmed it. What is shown is being read again.</source>
        <translation>Результат неизвестен: возможно, сервер выполнил действие, но не подтвердил это. Показанные данные читаются заново.</translation>
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
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the secrets and the selected secret&apos;s versions</source>
        <translation>Заново загрузить секреты и версии выбранного секрета</translation>
    </message>
    <message>
        <source>&amp;Add Version…</source>
        <translation>&amp;Добавить версию…</translation>
    </message>
    <message>
        <source>Add a version to the selected secret</source>
        <translation>Добавить версию в выбранный секрет</translation>
    </message>
    <message>
        <source>&amp;Password Specification…</source>
        <translation>Спецификация &amp;пароля…</translation>
    </message>
    <message>
        <source>Change how the service generates this secret&apos;s password</source>
        <translation>Изменить, как сервис генерирует пароль этого секрета</translation>
    </message>
    <message>
        <source>&amp;Schedule Destruction…</source>
        <translation>&amp;Запланировать удаление версии…</translation>
    </message>
    <message>
        <source>Schedule the destruction of the selected versions</source>
        <translation>Запланировать удаление выбранных версий</translation>
    </message>
    <message>
        <source>&amp;Cancel Destruction…</source>
        <translation>О&amp;тменить удаление…</translation>
    </message>
    <message>
        <source>Cancel the scheduled destruction of the selected versions</source>
        <translation>Отменить запланированное удаление выбранных версий</translation>
    </message>
    <message>
        <source>Set as C&amp;urrent…</source>
        <translation>Сделать &amp;текущей…</translation>
    </message>
    <message>
        <source>Make the selected version current</source>
        <translation>Сделать выбранную версию текущей</translation>
    </message>
    <message>
        <source>&amp;Copy Version ID</source>
        <translation>&amp;Копировать идентификатор версии</translation>
    </message>
    <message>
        <source>Copy the selected version IDs</source>
        <translation>Копировать идентификаторы выбранных версий</translation>
    </message>
    <message>
        <source>Load &amp;Next Page</source>
        <translation>Загрузить &amp;следующую страницу</translation>
    </message>
    <message>
        <source>Load the next page of versions</source>
        <translation>Загрузить следующую страницу версий</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Quit Lockbox Desktop</source>
        <translation>Выйти из Lockbox Desktop</translation>
    </message>
    <message>
        <source>&amp;About Lockbox Desktop</source>
        <translation>&amp;О Lockbox Desktop</translation>
    </message>
    <message>
        <source>Version and license</source>
        <translation>Версия и лицензия</translation>
    </message>
    <message>
        <source>About Lockbox Desktop</source>
        <translation>О Lockbox Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lockbox Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop client for the versions of Yandex Cloud Lockbox secrets.&lt;/p&gt;&lt;p&gt;It shows and changes version metadata; it never displays secret values.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lockbox Desktop %1&lt;/h3&gt;&lt;p&gt;Настольный клиент для версий секретов Yandex Cloud Lockbox.&lt;/p&gt;&lt;p&gt;Он показывает и изменяет метаданные версий и никогда не показывает значения секретов.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>Секре&amp;т</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>В&amp;ерсия</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox.&lt;/b&gt; A local emulator with demo data at %1. Nothing here reaches Yandex Cloud, and every change is lost when the application quits.</source>
        <translation>&lt;b&gt;Песочница.&lt;/b&gt; Локальный эмулятор с демонстрационными данными по адресу %1. Отсюда ничего не попадает в Yandex Cloud, а все изменения пропадут при выходе из приложения.</translation>
    </message>
    <message>
        <source>Folder ID</source>
        <translation>Идентификатор каталога</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Фильтр секретов</translation>
    </message>
    <message>
        <source>Filter by name or label (env=prod)</source>
        <translation>Имя или метка (env=prod)</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Секреты</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Размер страницы:</translation>
    </message>
    <message>
        <source>Versions per page</source>
        <translation>Версий на странице</translation>
    </message>
    <message>
        <source>Load Next Page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>The secrets of folder %1 could not be loaded.</source>
        <translation>Не удалось загрузить секреты каталога %1.</translation>
    </message>
    <message>
        <source>The versions could not be loaded.</source>
        <translation>Не удалось загрузить версии.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Песочница: %1</translation>
    </message>
    <message>
        <source>No secret selected</source>
        <translation>Секрет не выбран</translation>
    </message>
    <message>
        <source>Select a secret on the left to see its versions.</source>
        <translation>Выберите секрет слева, чтобы увидеть его версии.</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>Идентификатор %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Current version: %1</source>
        <translation>Текущая версия: %1</translation>
    </message>
    <message>
        <source>No current version</source>
        <translation>Нет текущей версии</translation>
    </message>
    <message>
        <source>Deletion protection on</source>
        <translation>Защита от удаления включена</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Генерируется: %1</translation>
    </message>
    <message>
        <source>This secret holds values set by users; it has no password specification</source>
        <translation>В этом секрете значения задают пользователи; у него нет спецификации пароля</translation>
    </message>
    <message>
        <source>Change how the service generates this secret&apos;s password (%1)</source>
        <translation>Изменить, как сервис генерирует пароль этого секрета (%1)</translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>Загрузка версий…</translation>
    </message>
    <message>
        <source>more on the server</source>
        <translation>на сервере есть ещё</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) running</source>
        <translation>
            <numerusform>Выполняется %n операция</numerusform>
            <numerusform>Выполняется %n операции</numerusform>
            <numerusform>Выполняется %n операций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version ID(s) copied</source>
        <translation>
            <numerusform>Скопирован %n идентификатор версии</numerusform>
            <numerusform>Скопировано %n идентификатора версий</numerusform>
            <numerusform>Скопировано %n идентификаторов версий</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 added; it is now the current version</source>
        <translation>Версия %1 добавлена и стала текущей</translation>
    </message>
    <message>
        <source>Password specification saved</source>
        <translation>Спецификация пароля сохранена</translation>
    </message>
    <message>
        <source>Set as Current Version</source>
        <translation>Сделать версию текущей</translation>
    </message>
    <message>
        <source>Make version %1 the current version of “%2”?</source>
        <translation>Сделать версию %1 текущей версией секрета «%2»?</translation>
    </message>
    <message>
        <source>Applications that read the secret without a version ID get this version&apos;s values from now on. The version that is current now stays active.</source>
        <translation>С этого момента приложения, читающие секрет без идентификатора версии, будут получать значения этой версии. Нынешняя текущая версия останется активной.</translation>
    </message>
    <message>
        <source>Set as &amp;Current</source>
        <translation>Сделать &amp;текущей</translation>
    </message>
    <message>
        <source>Version %1 was not made current.</source>
        <translation>Версия %1 не стала текущей.</translation>
    </message>
    <message>
        <source>Version %1 is now the current version</source>
        <translation>Версия %1 теперь текущая</translation>
    </message>
    <message numerus="yes">
        <source>%Ln version(s) loaded</source>
        <translation>
            <numerusform>Загружена %Ln версия</numerusform>
            <numerusform>Загружено %Ln версии</numerusform>
            <numerusform>Загружено %Ln версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destruction of %n version(s) scheduled</source>
        <translation>
            <numerusform>Запланировано удаление %n версии</numerusform>
            <numerusform>Запланировано удаление %n версий</numerusform>
            <numerusform>Запланировано удаление %n версий</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled destruction cancelled</source>
        <translation>Запланированное удаление отменено</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>Choose a connection profile in the toolbar.</source>
        <translation>Выберите профиль подключения на панели инструментов.</translation>
    </message>
    <message>
        <source>&amp;New Secret…</source>
        <translation>&amp;Новый секрет…</translation>
    </message>
    <message>
        <source>Create a secret in this folder</source>
        <translation>Создать секрет в этом каталоге</translation>
    </message>
    <message>
        <source>&amp;Edit Secret…</source>
        <translation>&amp;Изменить секрет…</translation>
    </message>
    <message>
        <source>Change the selected secret&apos;s name, description, labels and deletion protection</source>
        <translation>Изменить имя, описание, метки и защиту от удаления выбранного секрета</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <source>Let applications read the selected secret&apos;s values again</source>
        <translation>Снова разрешить приложениям читать значения выбранного секрета</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Деактивировать…</translation>
    </message>
    <message>
        <source>Stop applications from reading the selected secret&apos;s values</source>
        <translation>Запретить приложениям читать значения выбранного секрета</translation>
    </message>
    <message>
        <source>De&amp;lete Secret…</source>
        <translation>&amp;Удалить секрет…</translation>
    </message>
    <message>
        <source>Delete the selected secret with all its versions</source>
        <translation>Удалить выбранный секрет со всеми его версиями</translation>
    </message>
    <message>
        <source>Copy Secret &amp;ID</source>
        <translation>Копировать ид&amp;ентификатор секрета</translation>
    </message>
    <message>
        <source>Copy the selected secret&apos;s ID</source>
        <translation>Скопировать идентификатор выбранного секрета</translation>
    </message>
    <message>
        <source>&amp;Go to Folder ID</source>
        <translation>&amp;Перейти к каталогу по идентификатору</translation>
    </message>
    <message>
        <source>Type the ID of a folder to list its secrets (for folders not in the tree)</source>
        <translation>Ввести идентификатор каталога, чтобы увидеть его секреты (для каталогов, которых нет в дереве)</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Управление профилями…</translation>
    </message>
    <message>
        <source>Add, change or delete connection profiles</source>
        <translation>Добавить, изменить или удалить профили подключения</translation>
    </message>
    <message>
        <source>&amp;View Values…</source>
        <translation>&amp;Просмотреть значения…</translation>
    </message>
    <message>
        <source>Show the selected version&apos;s keys and values, masked until revealed</source>
        <translation>Показать ключи и значения выбранной версии (значения скрыты, пока их не открыть)</translation>
    </message>
    <message>
        <source>Co&amp;mpare Versions…</source>
        <translation>&amp;Сравнить версии…</translation>
    </message>
    <message>
        <source>Compare the keys and values of two selected versions</source>
        <translation>Сравнить ключи и значения двух выбранных версий</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Сменить про&amp;филь</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Про&amp;филь:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Профиль подключения</translation>
    </message>
    <message>
        <source>The connection the window shows; pick another to switch</source>
        <translation>Подключение, которое показывает окно; выберите другое, чтобы переключиться</translation>
    </message>
    <message>
        <source>The connection profile (Alt+O)</source>
        <translation>Профиль подключения (Alt+O)</translation>
    </message>
    <message>
        <source>C&amp;louds and folders</source>
        <translation>О&amp;блака и каталоги</translation>
    </message>
    <message>
        <source>Loading clouds and folders</source>
        <translation>Загрузка облаков и каталогов</translation>
    </message>
    <message>
        <source>Clouds and folders</source>
        <translation>Облака и каталоги</translation>
    </message>
    <message>
        <source>Select a folder to list its secrets</source>
        <translation>Выберите каталог, чтобы увидеть его секреты</translation>
    </message>
    <message>
        <source>Type a folder ID and press Enter to list its secrets</source>
        <translation>Введите идентификатор каталога и нажмите Enter, чтобы увидеть его секреты</translation>
    </message>
    <message>
        <source>For a folder not in the tree: type its ID and press Enter (%1)</source>
        <translation>Для каталога, которого нет в дереве: введите его идентификатор и нажмите Enter (%1)</translation>
    </message>
    <message>
        <source>b1g…, then Enter</source>
        <translation>b1g…, затем Enter</translation>
    </message>
    <message>
        <source>The clouds could not be listed. A folder can still be opened by its ID below.</source>
        <translation>Не удалось получить список облаков. Каталог по-прежнему можно открыть по идентификатору ниже.</translation>
    </message>
    <message>
        <source>The folders could not be listed. A folder can still be opened by its ID below.</source>
        <translation>Не удалось получить список каталогов. Каталог по-прежнему можно открыть по идентификатору ниже.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: подключение…</translation>
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
        <translation>Из переменной окружения YC_TOKEN или YC_SERVICE_ACCOUNT_KEY_FILE; никогда не сохраняется</translation>
    </message>
    <message>
        <source>A local emulator with demo secrets</source>
        <translation>Локальный эмулятор с демонстрационными секретами</translation>
    </message>
    <message>
        <source>Manage Profiles…</source>
        <translation>Управление профилями…</translation>
    </message>
    <message>
        <source>There is no connection profile “%1”.</source>
        <translation>Профиля подключения «%1» нет.</translation>
    </message>
    <message>
        <source>Choose another profile, or create one with Manage Profiles.</source>
        <translation>Выберите другой профиль или создайте его в окне «Управление профилями».</translation>
    </message>
    <message>
        <source>Connecting with “%1”…</source>
        <translation>Подключение с профилем «%1»…</translation>
    </message>
    <message>
        <source>Could not connect with the profile “%1”.</source>
        <translation>Не удалось подключиться с профилем «%1».</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Запуск песочницы…</translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation>Не удалось запустить песочницу.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>The profile was deleted. Choose another one in the toolbar.</source>
        <translation>Профиль удалён. Выберите другой на панели инструментов.</translation>
    </message>
    <message>
        <source>Select a folder</source>
        <translation>Выберите каталог</translation>
    </message>
    <message>
        <source>Secrets in folder %1</source>
        <translation>Секреты каталога %1</translation>
    </message>
    <message>
        <source>Secrets in “%1”</source>
        <translation>Секреты каталога «%1»</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Каталог %1</translation>
    </message>
    <message>
        <source>Not connected: choose a connection profile.</source>
        <translation>Нет подключения: выберите профиль подключения.</translation>
    </message>
    <message>
        <source>Select a folder on the left to list its secrets.</source>
        <translation>Выберите каталог слева, чтобы увидеть его секреты.</translation>
    </message>
    <message>
        <source>This folder has no secrets yet: create one with New Secret (%1).</source>
        <translation>В этом каталоге пока нет секретов: создайте секрет командой «Новый секрет» (%1).</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <source>Secret ID %1 copied</source>
        <translation>Идентификатор секрета %1 скопирован</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Secret “%1” created</source>
        <translation>Секрет «%1» создан</translation>
    </message>
    <message>
        <source>Secret “%1” saved</source>
        <translation>Секрет «%1» сохранён</translation>
    </message>
    <message>
        <source>Deactivate Secret</source>
        <translation>Деактивация секрета</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>Деактивировать «%1»?</translation>
    </message>
    <message>
        <source>Applications can no longer read its values until it is activated again. Its versions are kept.</source>
        <translation>Приложения не смогут читать его значения, пока он снова не будет активирован. Версии сохраняются.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
    <message>
        <source>Activate Secret</source>
        <translation>Активация секрета</translation>
    </message>
    <message>
        <source>“%1” was not activated.</source>
        <translation>Секрет «%1» не активирован.</translation>
    </message>
    <message>
        <source>“%1” was not deactivated.</source>
        <translation>Секрет «%1» не деактивирован.</translation>
    </message>
    <message>
        <source>“%1” is active</source>
        <translation>Секрет «%1» активен</translation>
    </message>
    <message>
        <source>“%1” is deactivated</source>
        <translation>Секрет «%1» деактивирован</translation>
    </message>
    <message>
        <source>Secret “%1” deleted</source>
        <translation>Секрет «%1» удалён</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Language, clipboard clearing time and versions per page</source>
        <translation>Язык, время очистки буфера обмена и число версий на странице</translation>
    </message>
    <message>
        <source>Show or hide this session&apos;s operations (%1)</source>
        <translation>Показать или скрыть операции этого сеанса (%1)</translation>
    </message>
    <message>
        <source>Show or hide this session&apos;s operations</source>
        <translation>Показать или скрыть операции этого сеанса</translation>
    </message>
    <message>
        <source>The profile switcher and the most used secret and version actions</source>
        <translation>Выбор профиля и самые частые действия с секретами и версиями</translation>
    </message>
    <message>
        <source>The window shows the local emulator, not Yandex Cloud</source>
        <translation>Окно показывает локальный эмулятор, а не Yandex Cloud</translation>
    </message>
    <message>
        <source>Shown while clouds or folders are being listed</source>
        <translation>Показывается, пока загружается список облаков или каталогов</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>The folder whose secrets are listed below</source>
        <translation>Каталог, секреты которого перечислены ниже</translation>
    </message>
    <message>
        <source>Shows only the secrets whose name or labels contain the text; key=value matches a label</source>
        <translation>Показывает только секреты, имя или метки которых содержат текст; ключ=значение ищет метку</translation>
    </message>
    <message>
        <source>The folder&apos;s secrets; select one to see its versions</source>
        <translation>Секреты каталога; выберите секрет, чтобы увидеть его версии</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Имя секрета</translation>
    </message>
    <message>
        <source>The name of the selected secret</source>
        <translation>Имя выбранного секрета</translation>
    </message>
    <message>
        <source>Secret information</source>
        <translation>Сведения о секрете</translation>
    </message>
    <message>
        <source>The selected secret&apos;s ID, status, current version, deletion protection and labels</source>
        <translation>Идентификатор, статус, текущая версия, защита от удаления и метки выбранного секрета</translation>
    </message>
    <message>
        <source>The selected secret&apos;s versions, newest first; select several for the actions that allow it</source>
        <translation>Версии выбранного секрета, сначала новые; для действий, которые это допускают, можно выбрать несколько</translation>
    </message>
    <message>
        <source>Versions loaded</source>
        <translation>Загружено версий</translation>
    </message>
    <message>
        <source>How many versions are loaded and whether the server has more</source>
        <translation>Сколько версий загружено и есть ли на сервере ещё</translation>
    </message>
    <message>
        <source>How many versions each page loads</source>
        <translation>Сколько версий загружает каждая страница</translation>
    </message>
    <message>
        <source>Asks the server for the next page of this secret&apos;s versions</source>
        <translation>Запрашивает у сервера следующую страницу версий этого секрета</translation>
    </message>
    <message>
        <source>Shown while something is loading or an operation runs</source>
        <translation>Показывается, пока идёт загрузка или выполняется операция</translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation>Выполняемые операции</translation>
    </message>
    <message>
        <source>How many operations are running now</source>
        <translation>Сколько операций выполняется сейчас</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>The profile and the endpoint the window is connected to</source>
        <translation>Профиль и адрес, к которым подключено окно</translation>
    </message>
    <message>
        <source>Not a folder ID: a folder ID has only Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Это не идентификатор каталога: он содержит только латинские буквы, цифры, «-» и «_».</translation>
    </message>
    <message>
        <source>Folder ID error</source>
        <translation>Ошибка в идентификаторе каталога</translation>
    </message>
    <message>
        <source>Why the folder ID typed above was not opened</source>
        <translation>Почему введённый выше идентификатор каталога не открыт</translation>
    </message>
    <message>
        <source>No secret loaded so far matches “%1”.</source>
        <translation>Ни один из загруженных пока секретов не подходит под «%1».</translation>
    </message>
    <message>
        <source>No secret matches “%1”.</source>
        <translation>Ни один секрет не подходит под «%1».</translation>
    </message>
    <message>
        <source>Activate secret</source>
        <translation>Активация секрета</translation>
    </message>
    <message>
        <source>Deactivate secret</source>
        <translation>Деактивация секрета</translation>
    </message>
    <message>
        <source>Set current version</source>
        <translation>Назначение текущей версии</translation>
    </message>
    <message>
        <source>Folder I&amp;D:</source>
        <translation>&amp;Каталог:</translation>
    </message>
    <message>
        <source>The versions could not be loaded</source>
        <translation>Не удалось загрузить версии</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>Выберите профиль</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::OperationsPanel</name>
    <message>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <source>Copy &amp;Error</source>
        <translation>Копировать &amp;ошибку</translation>
    </message>
    <message>
        <source>Copy the full error text of the selected operation (Ctrl+C)</source>
        <translation>Копировать полный текст ошибки выбранной операции (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy &amp;Request ID</source>
        <translation>Копировать &amp;идентификатор запроса</translation>
    </message>
    <message>
        <source>Copy the request ID of the selected operation, to quote to support (Ctrl+Shift+C)</source>
        <translation>Копировать идентификатор запроса выбранной операции, чтобы сообщить его в поддержку (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Убрать завершённые</translation>
    </message>
    <message>
        <source>Remove the finished operations from the list; running ones stay</source>
        <translation>Убрать завершённые операции из списка; выполняющиеся остаются</translation>
    </message>
    <message>
        <source>No operations yet in this session.</source>
        <translation>В этом сеансе ещё не было операций.</translation>
    </message>
    <message>
        <source>Operations of this session</source>
        <translation>Операции этого сеанса</translation>
    </message>
    <message>
        <source>Newest first. Ctrl+C copies the error text, Ctrl+Shift+C the request ID.</source>
        <translation>Сначала новые. Ctrl+C копирует текст ошибки, Ctrl+Shift+C — идентификатор запроса.</translation>
    </message>
    <message numerus="yes">
        <source>Operations (%n running)</source>
        <translation>
            <numerusform>Операции (выполняется %n)</numerusform>
            <numerusform>Операции (выполняются %n)</numerusform>
            <numerusform>Операции (выполняется %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockbox::ui::PasswordSpecDialog</name>
    <message>
        <source>Password Specification — %1</source>
        <translation>Спецификация пароля — %1</translation>
    </message>
    <message>
        <source>All punctuation</source>
        <translation>Все знаки препинания</translation>
    </message>
    <message>
        <source>Only these</source>
        <translation>Только эти</translation>
    </message>
    <message>
        <source>All except these</source>
        <translation>Все, кроме этих</translation>
    </message>
    <message>
        <source>Generate another sample</source>
        <translation>Создать другой пример</translation>
    </message>
    <message>
        <source>Show the sample password</source>
        <translation>Показать пример пароля</translation>
    </message>
    <message>
        <source>Enter the key the password is stored under.</source>
        <translation>Введите ключ, под которым хранится пароль.</translation>
    </message>
    <message>
        <source>The key may contain only Latin letters, digits and - _ . / \ @, at most %1 characters.</source>
        <translation>Ключ может содержать только латинские буквы, цифры и - _ . / \ @, не больше %1 символов.</translation>
    </message>
    <message>
        <source>The length must be between 1 and %1.</source>
        <translation>Длина должна быть от 1 до %1.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation>Выберите хотя бы один вид символов.</translation>
    </message>
    <message>
        <source>List either the punctuation to use or the punctuation to leave out, not both.</source>
        <translation>Укажите либо знаки препинания, которые нужно использовать, либо те, которые нужно исключить, но не то и другое.</translation>
    </message>
    <message>
        <source>Turn punctuation on to list punctuation characters.</source>
        <translation>Чтобы перечислить знаки препинания, включите их.</translation>
    </message>
    <message>
        <source>At most %1 punctuation characters can be listed.</source>
        <translation>Можно указать не больше %1 знаков препинания.</translation>
    </message>
    <message>
        <source>At most %1 punctuation characters can be left out.</source>
        <translation>Можно исключить не больше %1 знаков препинания.</translation>
    </message>
    <message>
        <source>Every punctuation character is left out: turn punctuation off instead.</source>
        <translation>Исключены все знаки препинания: вместо этого отключите их.</translation>
    </message>
    <message>
        <source>Only these punctuation characters can be listed: %1</source>
        <translation>Можно указывать только эти знаки препинания: %1</translation>
    </message>
    <message>
        <source>List the punctuation characters to use.</source>
        <translation>Перечислите знаки препинания, которые нужно использовать.</translation>
    </message>
    <message>
        <source>List the punctuation characters to leave out.</source>
        <translation>Перечислите знаки препинания, которые нужно исключить.</translation>
    </message>
    <message>
        <source>No punctuation.</source>
        <translation>Без знаков препинания.</translation>
    </message>
    <message>
        <source>Punctuation used: %1</source>
        <translation>Используемые знаки препинания: %1</translation>
    </message>
    <message>
        <source>&amp;Save and Generate</source>
        <translation>&amp;Сохранить и сгенерировать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Сгенерировать</translation>
    </message>
    <message>
        <source>Saving the specification…</source>
        <translation>Сохранение спецификации…</translation>
    </message>
    <message>
        <source>The specification was not saved.</source>
        <translation>Спецификация не сохранена.</translation>
    </message>
    <message>
        <source>Generating a new version…</source>
        <translation>Генерация новой версии…</translation>
    </message>
    <message>
        <source>The specification is saved, but the new version was not generated.</source>
        <translation>Спецификация сохранена, но новая версия не сгенерирована.</translation>
    </message>
    <message>
        <source>Saves the password specification, generates a new version, or both, as chosen above.</source>
        <translation>Сохраняет спецификацию пароля, генерирует новую версию или делает и то и другое, как выбрано выше.</translation>
    </message>
    <message>
        <source>Closes the dialog without changing the password specification.</source>
        <translation>Закрывает окно, не изменяя спецификацию пароля.</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Изменение секрета</translation>
    </message>
    <message>
        <source>Add version</source>
        <translation>Добавление версии</translation>
    </message>
    <message>
        <source>The specification is saved. The server may have generated the new version, but has not confirmed it. Generating again reuses the request&apos;s idempotency key, so the server answers with the version it already generated instead of a second one.</source>
        <translation>Спецификация сохранена. Возможно, сервер сгенерировал новую версию, но не подтвердил это. Повторная генерация использует тот же ключ идемпотентности, поэтому сервер вернёт уже сгенерированную версию, а не создаст вторую.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::PayloadViewerDialog</name>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>scheduled for destruction</source>
        <translation>запланировано удаление</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>unknown status</source>
        <translation>статус неизвестен</translation>
    </message>
    <message numerus="yes">
        <source>Binary, %n byte(s)</source>
        <translation>
            <numerusform>Двоичное, %n байт</numerusform>
            <numerusform>Двоичное, %n байта</numerusform>
            <numerusform>Двоичное, %n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text, %n byte(s)</source>
        <translation>
            <numerusform>Текст, %n байт</numerusform>
            <numerusform>Текст, %n байта</numerusform>
            <numerusform>Текст, %n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>скрытое значение</translation>
    </message>
    <message>
        <source>The first bytes in hexadecimal. Copy gives the whole value in Base64; Save to File writes the bytes.</source>
        <translation>Первые байты в шестнадцатеричном виде. «Копировать значение» даёт всё значение в Base64, «Сохранить в файл» записывает сами байты.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Values — %1 — %2</source>
        <translation>Значения — %1 — %2</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Версия: %1</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(текущая)</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>создана %1</translation>
    </message>
    <message>
        <source>Secret: %1 (%2)</source>
        <translation>Секрет: %1 (%2)</translation>
    </message>
    <message>
        <source>Show or &amp;Hide Value</source>
        <translation>Показать или скр&amp;ыть значение</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>&amp;Копировать значение</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>Copy the selected value (Ctrl+C)</source>
        <translation>Копировать выбранное значение (Ctrl+C)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show All Values</source>
        <translation>Показ всех значений</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n value(s) of this version?</source>
        <translation>
            <numerusform>Показать %n значение этой версии?</numerusform>
            <numerusform>Показать %n значения этой версии?</numerusform>
            <numerusform>Показать %n значений этой версии?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who can see your screen, or a recording of it, can read them.</source>
        <translation>Их сможет прочитать любой, кто видит ваш экран или его запись.</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation>«%1» секрета %2</translation>
    </message>
    <message>
        <source>The value of “%1” was copied to the clipboard as Base64.</source>
        <translation>Значение ключа «%1» скопировано в буфер обмена в Base64.</translation>
    </message>
    <message>
        <source>The value of “%1” was copied to the clipboard.</source>
        <translation>Значение ключа «%1» скопировано в буфер обмена.</translation>
    </message>
    <message numerus="yes">
        <source>It will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Буфер обмена будет очищен через %n секунду.</numerusform>
            <numerusform>Буфер обмена будет очищен через %n секунды.</numerusform>
            <numerusform>Буфер обмена будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1: %2</source>
        <translation>Не удалось ограничить права доступа к %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The value of “%1” (%n byte(s)) was saved to %2; only you can read the file.</source>
        <translation>
            <numerusform>Значение ключа «%1» (%n байт) сохранено в %2; прочитать файл можете только вы.</numerusform>
            <numerusform>Значение ключа «%1» (%n байта) сохранено в %2; прочитать файл можете только вы.</numerusform>
            <numerusform>Значение ключа «%1» (%n байт) сохранено в %2; прочитать файл можете только вы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>Сохранение значения в файл</translation>
    </message>
    <message>
        <source>You may not read the values of this secret. That needs the lockbox.payloadViewer role on the secret or its folder (and kms.keys.encrypterDecrypter for a secret encrypted with a KMS key).</source>
        <translation>У вас нет права читать значения этого секрета. Для этого нужна роль lockbox.payloadViewer на секрет или его каталог (и kms.keys.encrypterDecrypter, если секрет зашифрован ключом KMS).</translation>
    </message>
    <message>
        <source>The secret is deactivated, so its values cannot be read. Activate the secret to read them.</source>
        <translation>Секрет деактивирован, поэтому его значения прочитать нельзя. Активируйте секрет, чтобы прочитать их.</translation>
    </message>
    <message>
        <source>Version %1 is scheduled for destruction, so its values cannot be read. Cancel the destruction to read them.</source>
        <translation>Для версии %1 запланировано удаление, поэтому её значения прочитать нельзя. Отмените удаление, чтобы прочитать их.</translation>
    </message>
    <message>
        <source>The version was not found: it may have been destroyed, or the secret deleted.</source>
        <translation>Версия не найдена: возможно, она удалена или удалён секрет.</translation>
    </message>
    <message>
        <source>The values could not be read.</source>
        <translation>Не удалось прочитать значения.</translation>
    </message>
    <message>
        <source>Read values</source>
        <translation>Чтение значений</translation>
    </message>
    <message>
        <source>Show or hide this value (Space)</source>
        <translation>Показать или скрыть это значение (Пробел)</translation>
    </message>
    <message>
        <source>Show the value of %1</source>
        <translation>Показать значение ключа %1</translation>
    </message>
    <message>
        <source>&amp;Hide Value</source>
        <translation>Скр&amp;ыть значение</translation>
    </message>
    <message>
        <source>Sh&amp;ow Value</source>
        <translation>&amp;Показать значение</translation>
    </message>
    <message>
        <source>Hide &amp;All</source>
        <translation>Скрыть &amp;все</translation>
    </message>
    <message>
        <source>Show &amp;All…</source>
        <translation>Показать &amp;все…</translation>
    </message>
    <message>
        <source>Hide all values</source>
        <translation>Скрыть все значения</translation>
    </message>
    <message>
        <source>Show all values</source>
        <translation>Показать все значения</translation>
    </message>
    <message numerus="yes">
        <source>Values are hidden until shown. Space shows the selected value; Ctrl+C copies it, and the clipboard is cleared after %n second(s).</source>
        <translation>
            <numerusform>Значения скрыты, пока их не покажут. Пробел показывает выбранное значение; Ctrl+C копирует его, и буфер обмена очищается через %n секунду.</numerusform>
            <numerusform>Значения скрыты, пока их не покажут. Пробел показывает выбранное значение; Ctrl+C копирует его, и буфер обмена очищается через %n секунды.</numerusform>
            <numerusform>Значения скрыты, пока их не покажут. Пробел показывает выбранное значение; Ctrl+C копирует его, и буфер обмена очищается через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values are hidden until shown. Space shows the selected value; Ctrl+C copies it.</source>
        <translation>Значения скрыты, пока их не покажут. Пробел показывает выбранное значение; Ctrl+C копирует его.</translation>
    </message>
    <message>
        <source>Closes the viewer and drops the values from memory.</source>
        <translation>Закрывает просмотр и удаляет значения из памяти.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::ProfileEditorDialog</name>
    <message>
        <source>IAM token</source>
        <translation>IAM-токен</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>OAuth-токен</translation>
    </message>
    <message>
        <source>Service-account authorized key</source>
        <translation>Авторизованный ключ сервисного аккаунта</translation>
    </message>
    <message>
        <source>yc CLI profile (federated)</source>
        <translation>Профиль CLI yc (федеративный)</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Системные настройки</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>yc&apos;s current profile</source>
        <translation>текущий профиль yc</translation>
    </message>
    <message>
        <source>yc CLI profile</source>
        <translation>Профиль CLI yc</translation>
    </message>
    <message>
        <source>Authorized Key File</source>
        <translation>Файл авторизованного ключа</translation>
    </message>
    <message>
        <source>Authorized keys (*.json);;All files (*)</source>
        <translation>Авторизованные ключи (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Welcome to Lockbox Desktop</source>
        <translation>Добро пожаловать в Lockbox Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Connect to Yandex Cloud.&lt;/b&gt; Create a connection profile: an OAuth token, a service account&apos;s authorized key, an IAM token, or a yc CLI profile for federated accounts. Credentials are kept in the system keychain.&lt;/p&gt;&lt;p&gt;Or try everything first in the sandbox, a local emulator with demo secrets: nothing in it reaches Yandex Cloud.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Подключитесь к Yandex Cloud.&lt;/b&gt; Создайте профиль подключения: OAuth-токен, авторизованный ключ сервисного аккаунта, IAM-токен или профиль CLI yc для федеративных аккаунтов. Учётные данные хранятся в системном хранилище ключей.&lt;/p&gt;&lt;p&gt;Или сначала попробуйте всё в песочнице — локальном эмуляторе с демонстрационными секретами: из неё ничего не попадает в Yandex Cloud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>&amp;Сохранить и подключиться</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Discard the changes to this profile?</source>
        <translation>Отменить изменения этого профиля?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Профиль «%1»</translation>
    </message>
    <message>
        <source>Reading the saved key from the keychain…</source>
        <translation>Чтение сохранённого ключа из хранилища ключей…</translation>
    </message>
    <message>
        <source>The saved key could not be read: %1</source>
        <translation>Не удалось прочитать сохранённый ключ: %1</translation>
    </message>
    <message>
        <source>Saved in the keychain: key %1 of service account %2. Choose a file to replace it.</source>
        <translation>Сохранён в хранилище ключей: ключ %1 сервисного аккаунта %2. Выберите файл, чтобы заменить его.</translation>
    </message>
    <message>
        <source>The saved key is not valid: %1</source>
        <translation>Сохранённый ключ недействителен: %1</translation>
    </message>
    <message>
        <source>IAM &amp;token:</source>
        <translation>IAM-&amp;токен:</translation>
    </message>
    <message>
        <source>Show the IAM token</source>
        <translation>Показать IAM-токен</translation>
    </message>
    <message>
        <source>Saved in the keychain; paste a new token to replace it</source>
        <translation>В хранилище ключей; вставьте новый для замены</translation>
    </message>
    <message>
        <source>t1.…</source>
        <translation>t1.…</translation>
    </message>
    <message>
        <source>OAuth &amp;token:</source>
        <translation>OAuth-&amp;токен:</translation>
    </message>
    <message>
        <source>Show the OAuth token</source>
        <translation>Показать OAuth-токен</translation>
    </message>
    <message>
        <source>y0_…</source>
        <translation>y0_…</translation>
    </message>
    <message>
        <source>Create one with “yc iam key create --service-account-name NAME -o key.json”.</source>
        <translation>Создайте его командой «yc iam key create --service-account-name ИМЯ -o key.json».</translation>
    </message>
    <message>
        <source>the file is too large for an authorized key</source>
        <translation>файл слишком велик для авторизованного ключа</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>Key %1 of service account %2 (from %3).</source>
        <translation>Ключ %1 сервисного аккаунта %2 (из %3).</translation>
    </message>
    <message>
        <source>“%1” is not an authorized key: %2</source>
        <translation>«%1» — не авторизованный ключ: %2</translation>
    </message>
    <message>
        <source>Paste the IAM token.</source>
        <translation>Вставьте IAM-токен.</translation>
    </message>
    <message>
        <source>Paste the OAuth token.</source>
        <translation>Вставьте OAuth-токен.</translation>
    </message>
    <message>
        <source>The token contains spaces or line breaks.</source>
        <translation>В токене есть пробелы или переводы строк.</translation>
    </message>
    <message>
        <source>An OAuth token has at most %1 characters.</source>
        <translation>OAuth-токен содержит не больше %1 символов.</translation>
    </message>
    <message>
        <source>Choose the service account&apos;s authorized key file (key.json).</source>
        <translation>Выберите файл авторизованного ключа сервисного аккаунта (key.json).</translation>
    </message>
    <message>
        <source>Cloud and folder IDs contain no spaces.</source>
        <translation>В идентификаторах облака и каталога не бывает пробелов.</translation>
    </message>
    <message>
        <source>The endpoint must be an https:// URL or host:port.</source>
        <translation>Эндпоинт должен быть URL https:// или хост:порт.</translation>
    </message>
    <message>
        <source>Enter the proxy address, or choose System settings.</source>
        <translation>Введите адрес прокси или выберите «Системные настройки».</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Введите название профиля.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Профиль с названием «%1» уже есть.</translation>
    </message>
    <message>
        <source>This does not look like an IAM token (they start with “t1.”). If it is an OAuth token, choose OAuth token above.</source>
        <translation>Это не похоже на IAM-токен (они начинаются с «t1.»). Если это OAuth-токен, выберите выше «OAuth-токен».</translation>
    </message>
    <message>
        <source>IAM tokens expire within 12 hours; for lasting access use an OAuth token or a service-account key.</source>
        <translation>IAM-токены действуют не больше 12 часов; для постоянного доступа используйте OAuth-токен или ключ сервисного аккаунта.</translation>
    </message>
    <message>
        <source>This looks like an IAM token: choose IAM token above.</source>
        <translation>Это похоже на IAM-токен: выберите выше «IAM-токен».</translation>
    </message>
    <message>
        <source>Tokens come from “yc iam create-token”: yc must be installed and signed in.</source>
        <translation>Токены выдаёт «yc iam create-token»: yc должен быть установлен, а вход в нём — выполнен.</translation>
    </message>
    <message>
        <source>yc was not found on PATH.</source>
        <translation>yc не найден в PATH.</translation>
    </message>
    <message>
        <source>This endpoint is not encrypted (http): tokens would cross the network in clear text.</source>
        <translation>Этот эндпоинт не зашифрован (http): токены будут передаваться по сети открытым текстом.</translation>
    </message>
    <message>
        <source>The yc configuration could not be read.</source>
        <translation>Не удалось прочитать конфигурацию yc.</translation>
    </message>
    <message>
        <source>No yc profiles found in %1.</source>
        <translation>В %1 не найдено профилей yc.</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>ключ сервисного аккаунта</translation>
    </message>
    <message>
        <source>federated</source>
        <translation>федеративный</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущий</translation>
    </message>
    <message>
        <source>yc profile “%1”</source>
        <translation>профиль yc «%1»</translation>
    </message>
    <message>
        <source>Filled from the yc profile “%1”.</source>
        <translation>Заполнено по профилю yc «%1».</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>The connection could not be set up.</source>
        <translation>Не удалось настроить подключение.</translation>
    </message>
    <message>
        <source>Connection failed.</source>
        <translation>Не удалось подключиться.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n cloud(s) visible.</source>
        <translation>
            <numerusform>Подключено: доступно %n облако.</numerusform>
            <numerusform>Подключено: доступно %n облака.</numerusform>
            <numerusform>Подключено: доступно %n облаков.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secrets of folder %1 can be listed.</source>
        <translation>Секреты каталога %1 доступны для просмотра списка.</translation>
    </message>
    <message>
        <source>The secrets of folder %1 cannot be listed:</source>
        <translation>Список секретов каталога %1 получить нельзя:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>Профиль не сохранён.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Удалить профиль «%1»?</translation>
    </message>
    <message>
        <source>Its credential is removed from the system keychain. Nothing changes in the cloud.</source>
        <translation>Его учётные данные будут удалены из системного хранилища ключей. В облаке ничего не изменится.</translation>
    </message>
    <message>
        <source>Nothing changes in the cloud.</source>
        <translation>В облаке ничего не изменится.</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>&amp;Удалить профиль</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <source>The profile “%1” was not deleted.</source>
        <translation>Профиль «%1» не удалён.</translation>
    </message>
    <message>
        <source>Saves the profile; its credential goes to the system keychain.</source>
        <translation>Сохраняет профиль; его учётные данные помещаются в системное хранилище ключей.</translation>
    </message>
    <message>
        <source>Closes the profile editor.</source>
        <translation>Закрывает редактор профилей.</translation>
    </message>
    <message>
        <source>Quits Lockbox Desktop.</source>
        <translation>Завершает работу Lockbox Desktop.</translation>
    </message>
    <message>
        <source>Saves the profile, its credential in the system keychain, and connects.</source>
        <translation>Сохраняет профиль (учётные данные — в системном хранилище ключей) и подключается.</translation>
    </message>
    <message>
        <source>The token contains characters no token has: only Latin letters, digits and punctuation.</source>
        <translation>Токен содержит символы, которых в токенах не бывает: допустимы только латинские буквы, цифры и знаки препинания.</translation>
    </message>
    <message>
        <source>Cloud and folder IDs contain only Latin letters and digits.</source>
        <translation>Идентификаторы облака и каталога состоят только из латинских букв и цифр.</translation>
    </message>
    <message>
        <source>This does not look like a whole IAM token: after “t1.” one has two parts separated by a dot. Check that it was copied in full.</source>
        <translation>Это не похоже на IAM-токен целиком: после «t1.» в нём две части, разделённые точкой. Проверьте, что он скопирован полностью.</translation>
    </message>
    <message>
        <source>The key file is read when you press Enter or leave the field.</source>
        <translation>Файл ключа будет прочитан, когда вы нажмёте Enter или покинете поле.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::ScheduleDestructionDialog</name>
    <message>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <source>7 days (default)</source>
        <translation>7 дней (по умолчанию)</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часов</translation>
    </message>
    <message numerus="yes">
        <source>Schedule Destruction of %n Version(s)</source>
        <translation>
            <numerusform>Запланировать удаление %n версии</numerusform>
            <numerusform>Запланировать удаление %n версий</numerusform>
            <numerusform>Запланировать удаление %n версий</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule Destruction</source>
        <translation>&amp;Запланировать удаление</translation>
    </message>
    <message>
        <source>Schedule destruction</source>
        <translation>Запланировать удаление</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создана %1</translation>
    </message>
    <message>
        <source>Scheduled for destruction at %1</source>
        <translation>Удаление запланировано на %1</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Повторить неудавшиеся</translation>
    </message>
    <message>
        <source>Schedules the destruction of the listed versions at the time shown.</source>
        <translation>Планирует удаление перечисленных версий на указанное время.</translation>
    </message>
    <message>
        <source>Closes the dialog without scheduling anything.</source>
        <translation>Закрывает окно, ничего не планируя.</translation>
    </message>
    <message>
        <source>Schedule version destruction</source>
        <translation>Планирование удаления версии</translation>
    </message>
    <message>
        <source>The version will be destroyed when the pending period ends. Until then the destruction can be cancelled; after that the values cannot be recovered.</source>
        <translation>Версия будет удалена по окончании периода ожидания. До этого момента удаление можно отменить; после него значения восстановить нельзя.</translation>
    </message>
    <message>
        <source>The versions will be destroyed when the pending period ends. Until then the destruction can be cancelled; after that the values cannot be recovered.</source>
        <translation>Версии будут удалены по окончании периода ожидания. До этого момента удаление можно отменить; после него значения восстановить нельзя.</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::SecretEditDialog</name>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>All punctuation</source>
        <translation>Все знаки препинания</translation>
    </message>
    <message>
        <source>Only these</source>
        <translation>Только эти</translation>
    </message>
    <message>
        <source>All except these</source>
        <translation>Все, кроме этих</translation>
    </message>
    <message>
        <source>Create &amp;Secret</source>
        <translation>&amp;Создать секрет</translation>
    </message>
    <message>
        <source>Create secret</source>
        <translation>Создать секрет</translation>
    </message>
    <message>
        <source>Edit Secret — %1</source>
        <translation>Изменение секрета — %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the secret</source>
        <translation>Сохранить секрет</translation>
    </message>
    <message>
        <source>New Secret in %1</source>
        <translation>Новый секрет в каталоге %1</translation>
    </message>
    <message>
        <source>Key of entry %1</source>
        <translation>Ключ записи %1</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>Value of entry %1</source>
        <translation>Значение записи %1</translation>
    </message>
    <message>
        <source>text value</source>
        <translation>текстовое значение</translation>
    </message>
    <message>
        <source>The label in row %1 has a value but no key.</source>
        <translation>У метки в строке %1 есть значение, но нет ключа.</translation>
    </message>
    <message>
        <source>Label key “%1”: start with a lowercase Latin letter; then use only a–z, 0–9, - and _ (at most %2 characters).</source>
        <translation>Ключ метки «%1»: начните со строчной латинской буквы, дальше используйте только a–z, 0–9, - и _ (не больше %2 символов).</translation>
    </message>
    <message>
        <source>Label value “%1”: use only a–z, 0–9, - and _ (at most %2 characters).</source>
        <translation>Значение метки «%1»: используйте только a–z, 0–9, - и _ (не больше %2 символов).</translation>
    </message>
    <message>
        <source>Label key “%1” appears twice.</source>
        <translation>Ключ метки «%1» повторяется.</translation>
    </message>
    <message>
        <source>A secret has at most %1 labels.</source>
        <translation>У секрета может быть не больше %1 меток.</translation>
    </message>
    <message>
        <source>List the punctuation characters to use.</source>
        <translation>Перечислите знаки препинания, которые нужно использовать.</translation>
    </message>
    <message>
        <source>List the punctuation characters to leave out.</source>
        <translation>Перечислите знаки препинания, которые нужно исключить.</translation>
    </message>
    <message>
        <source>The entry in row %1 has a value but no key.</source>
        <translation>У записи в строке %1 есть значение, но нет ключа.</translation>
    </message>
    <message>
        <source>Entry key “%1”: use only Latin letters, digits and - _ . / \ @.</source>
        <translation>Ключ записи «%1»: используйте только латинские буквы, цифры и - _ . / \ @.</translation>
    </message>
    <message>
        <source>Entry key “%1” appears twice.</source>
        <translation>Ключ записи «%1» повторяется.</translation>
    </message>
    <message>
        <source>The value of “%1” is larger than %2 bytes.</source>
        <translation>Значение «%1» больше %2 байт.</translation>
    </message>
    <message>
        <source>Add at least one entry, or create the secret without a version.</source>
        <translation>Добавьте хотя бы одну запись или создайте секрет без версии.</translation>
    </message>
    <message>
        <source>The values together are larger than %1 bytes.</source>
        <translation>Значения вместе больше %1 байт.</translation>
    </message>
    <message>
        <source>Enter a name for the secret.</source>
        <translation>Введите имя секрета.</translation>
    </message>
    <message>
        <source>The description has more than %1 characters.</source>
        <translation>В описании больше %1 символов.</translation>
    </message>
    <message>
        <source>Punctuation used: %1</source>
        <translation>Используемые знаки препинания: %1</translation>
    </message>
    <message>
        <source>No punctuation.</source>
        <translation>Без знаков препинания.</translation>
    </message>
    <message>
        <source>Creating the secret…</source>
        <translation>Создание секрета…</translation>
    </message>
    <message>
        <source>Saving the secret…</source>
        <translation>Сохранение секрета…</translation>
    </message>
    <message>
        <source>The secret was not created.</source>
        <translation>Секрет не создан.</translation>
    </message>
    <message>
        <source>The secret was not saved.</source>
        <translation>Секрет не сохранён.</translation>
    </message>
    <message>
        <source>The operation finished, but the secret could not be read.</source>
        <translation>Операция завершена, но прочитать секрет не удалось.</translation>
    </message>
    <message>
        <source>Closes the dialog without changing anything.</source>
        <translation>Закрывает окно, ничего не изменяя.</translation>
    </message>
    <message>
        <source>Creates the secret in the folder.</source>
        <translation>Создаёт секрет в каталоге.</translation>
    </message>
    <message>
        <source>Saves the changes to the secret.</source>
        <translation>Сохраняет изменения секрета.</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Изменение секрета</translation>
    </message>
    <message>
        <source>Create secret</source>
        <comment>an entry in the operations panel</comment>
        <translation>Создание секрета</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::SecretsListProxy</name>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (деактивирован)</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The language of the interface; it changes at once</source>
        <translation>Язык интерфейса; меняется сразу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language of the interface. System default follows the system locale.</source>
        <translation>Язык интерфейса. «Как в системе» — по языку системы.</translation>
    </message>
    <message>
        <source>&amp;Clear copied values after:</source>
        <translation>&amp;Очищать скопированные значения через:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>How long a copied secret value stays on the clipboard; 0 keeps it there</source>
        <translation>Сколько скопированное значение секрета остаётся в буфере обмена; 0 — не очищать</translation>
    </message>
    <message>
        <source>Clear copied values after, in seconds</source>
        <translation>Очищать скопированные значения через, секунд</translation>
    </message>
    <message>
        <source>Seconds until a copied secret value is taken off the clipboard; 0 means never</source>
        <translation>Через сколько секунд скопированное значение секрета удаляется из буфера обмена; 0 — никогда</translation>
    </message>
    <message>
        <source>&amp;Versions per page:</source>
        <translation>&amp;Версий на странице:</translation>
    </message>
    <message>
        <source>How many versions each page of the versions table loads</source>
        <translation>Сколько версий загружает каждая страница таблицы версий</translation>
    </message>
    <message>
        <source>Versions per page</source>
        <translation>Версий на странице</translation>
    </message>
    <message>
        <source>Changes apply at once with OK or Apply and are kept for the next start.</source>
        <translation>Изменения применяются сразу по OK или «Применить» и сохраняются до следующего запуска.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Кнопки диалога</translation>
    </message>
    <message>
        <source>Apply the settings, apply and close, or close without applying</source>
        <translation>Применить настройки, применить и закрыть или закрыть без применения</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Apply the settings and close</source>
        <translation>Применить настройки и закрыть</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Apply the settings and keep the dialog open</source>
        <translation>Применить настройки, не закрывая диалог</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without applying what was changed since the last Apply</source>
        <translation>Закрыть, не применяя изменения после последнего «Применить»</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::StatusPresentation</name>
    <message>
        <source>Creating</source>
        <translation>Создаётся</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Деактивирован</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>только %1</translation>
    </message>
    <message>
        <source>punctuation except %1</source>
        <translation>знаки препинания, кроме %1</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>знаки препинания</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>length chosen by the server</source>
        <translation>длину выбирает сервер</translation>
    </message>
    <message>
        <source>key “%1”, %2: %3</source>
        <translation>ключ «%1», %2: %3</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::VersionBatch</name>
    <message>
        <source>(current version)</source>
        <translation>(текущая версия)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) failed:</source>
        <translation>
            <numerusform>Не удалось для %n версии:</numerusform>
            <numerusform>Не удалось для %n версий:</numerusform>
            <numerusform>Не удалось для %n версий:</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome unknown, it may have been done</source>
        <translation>результат неизвестен, возможно, выполнено</translation>
    </message>
    <message numerus="yes">
        <source>Outcome unknown for %n version(s):</source>
        <translation>
            <numerusform>Результат неизвестен для %n версии:</numerusform>
            <numerusform>Результат неизвестен для %n версий:</numerusform>
            <numerusform>Результат неизвестен для %n версий:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) failed or have an unknown outcome:</source>
        <translation>
            <numerusform>Не удалось или результат неизвестен для %n версии:</numerusform>
            <numerusform>Не удалось или результат неизвестен для %n версий:</numerusform>
            <numerusform>Не удалось или результат неизвестен для %n версий:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lockbox::ui::VersionDetailsPane</name>
    <message>
        <source>Version ID:</source>
        <translation>Идентификатор версии:</translation>
    </message>
    <message>
        <source>Copy the version ID</source>
        <translation>Копировать идентификатор версии</translation>
    </message>
    <message>
        <source>Version ID copied</source>
        <translation>Идентификатор версии скопирован</translation>
    </message>
    <message>
        <source>Secret ID:</source>
        <translation>Идентификатор секрета:</translation>
    </message>
    <message>
        <source>Copy the secret ID</source>
        <translation>Копировать идентификатор секрета</translation>
    </message>
    <message>
        <source>Secret ID copied</source>
        <translation>Идентификатор секрета скопирован</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <source>Destroy at:</source>
        <translation>Время удаления:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Ключи:</translation>
    </message>
    <message>
        <source>Password specification:</source>
        <translation>Спецификация пароля:</translation>
    </message>
    <message>
        <source>Select a version to see its details.</source>
        <translation>Выберите версию, чтобы увидеть подробности.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) selected.</source>
        <translation>
            <numerusform>Выбрана %n версия.</numerusform>
            <numerusform>Выбрано %n версии.</numerusform>
            <numerusform>Выбрано %n версий.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · current version</source>
        <translation>%1 · текущая версия</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>не запланировано</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>без описания</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>нет ключей</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s): %1</source>
        <translation>
            <numerusform>%n ключ: %1</numerusform>
            <numerusform>%n ключа: %1</numerusform>
            <numerusform>%n ключей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none: values set by users</source>
        <translation>нет: значения задают пользователи</translation>
    </message>
    <message>
        <source>Version details</source>
        <translation>Сведения о версии</translation>
    </message>
    <message>
        <source>The selected version&apos;s IDs, status, times, keys and password specification</source>
        <translation>Идентификаторы, статус, время, ключи и спецификация пароля выбранной версии</translation>
    </message>
    <message>
        <source>The ID of the selected version</source>
        <translation>Идентификатор выбранной версии</translation>
    </message>
    <message>
        <source>The ID of the secret the version belongs to</source>
        <translation>Идентификатор секрета, к которому относится версия</translation>
    </message>
    <message>
        <source>When the version was created, in local time and UTC</source>
        <translation>Когда версия создана, по местному времени и UTC</translation>
    </message>
    <message>
        <source>When the version is destroyed, in local time and UTC</source>
        <translation>Когда версия будет удалена, по местному времени и UTC</translation>
    </message>
    <message>
        <source>The version&apos;s description</source>
        <translation>Описание версии</translation>
    </message>
    <message>
        <source>The keys of the version&apos;s entries (never the values)</source>
        <translation>Ключи записей версии (без значений)</translation>
    </message>
    <message>
        <source>How the service generates this secret&apos;s password</source>
        <translation>Как сервис генерирует пароль этого секрета</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The version&apos;s status, and whether it is the current version</source>
        <translation>Статус версии и является ли она текущей версией</translation>
    </message>
    <message>
        <source>Puts the version ID on the clipboard</source>
        <translation>Помещает идентификатор версии в буфер обмена</translation>
    </message>
    <message>
        <source>Puts the secret ID on the clipboard</source>
        <translation>Помещает идентификатор секрета в буфер обмена</translation>
    </message>
    <message>
        <source>Select a version in the table to see its details here</source>
        <translation>Выберите версию в таблице, чтобы увидеть здесь её сведения</translation>
    </message>
</context>
<context>
    <name>lockbox::ui::VersionsTableProxy</name>
    <message>
        <source>This is the current version: reading the secret without a version id returns it</source>
        <translation>Это текущая версия: её возвращает чтение секрета без идентификатора версии</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Yandex Cloud Lockbox secret versions.</source>
        <translation>Настольный клиент для версий секретов Yandex Cloud Lockbox.</translation>
    </message>
    <message>
        <source>Start a local emulator with demo data and connect to it.</source>
        <translation>Запустить локальный эмулятор с демонстрационными данными и подключиться к нему.</translation>
    </message>
    <message>
        <source>Interface language: en or ru.</source>
        <translation>Язык интерфейса: en или ru.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or ru.</source>
        <translation>Неизвестный язык «%1»: используйте en или ru.</translation>
    </message>
    <message>
        <source>Lockbox Desktop</source>
        <translation>Lockbox Desktop</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Не удалось запустить песочницу: %1</translation>
    </message>
    <message>
        <source>With --sandbox: load the demo secret&apos;s versions, then exit (0 on success).</source>
        <translation>С --sandbox: загрузить версии демонстрационного секрета и завершиться (0 при успехе).</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the window&apos;s first paint, then exit.</source>
        <translation>Вывести время в миллисекундах от запуска до первой отрисовки окна и завершиться.</translation>
    </message>
    <message>
        <source>--smoke-test needs --sandbox.</source>
        <translation>Для --smoke-test нужен --sandbox.</translation>
    </message>
</context>
</TS>
