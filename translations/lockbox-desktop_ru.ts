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
        <source>&amp;Add Key</source>
        <translation>Д&amp;обавить ключ</translation>
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
</context>
<context>
    <name>CancelDestructionDialog</name>
    <message>
        <source>Cancel Version Destruction</source>
        <translation>Отмена удаления версий</translation>
    </message>
    <message>
        <source>The scheduled destruction of these versions will be cancelled and they become active again.</source>
        <translation>Запланированное удаление этих версий будет отменено, и они снова станут активными.</translation>
    </message>
    <message>
        <source>Versions whose destruction is cancelled</source>
        <translation>Версии, удаление которых отменяется</translation>
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
        <translation>&amp;Строчные буквы (a–z)</translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation>&amp;Цифры (0–9)</translation>
    </message>
    <message>
        <source>&amp;Punctuation</source>
        <translation>&amp;Знаки препинания</translation>
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
</context>
<context>
    <name>ScheduleDestructionDialog</name>
    <message>
        <source>Schedule Version Destruction</source>
        <translation>Планирование удаления версий</translation>
    </message>
    <message>
        <source>These versions will be destroyed when the pending period ends. Until then the destruction can be cancelled; after that the values cannot be recovered.</source>
        <translation>Эти версии будут удалены по окончании периода ожидания. До этого момента удаление можно отменить; после него значения восстановить нельзя.</translation>
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
        <translation>&amp;Секрет</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Версия</translation>
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
        <source>F&amp;older:</source>
        <translation>&amp;Каталог:</translation>
    </message>
    <message>
        <source>Folder ID</source>
        <translation>Идентификатор каталога</translation>
    </message>
    <message>
        <source>The ID of the folder whose secrets are listed; press Enter to load it</source>
        <translation>Идентификатор каталога, секреты которого показаны; нажмите Enter, чтобы загрузить его</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Фильтр секретов</translation>
    </message>
    <message>
        <source>Filter by name or label (env=prod)</source>
        <translation>Фильтр по имени или метке (env=prod)</translation>
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
        <translation>Загрузить следующую страницу</translation>
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
        <source>[Sandbox]</source>
        <translation>[Песочница]</translation>
    </message>
    <message>
        <source>No secret selected</source>
        <translation>Секрет не выбран</translation>
    </message>
    <message>
        <source>Enter a folder ID to list its secrets.</source>
        <translation>Введите идентификатор каталога, чтобы увидеть его секреты.</translation>
    </message>
    <message>
        <source>Select a secret on the left to see its versions.</source>
        <translation>Выберите секрет слева, чтобы увидеть его версии.</translation>
    </message>
    <message>
        <source>Lockbox Desktop</source>
        <translation>Lockbox Desktop</translation>
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
        <source>%1 — Lockbox Desktop</source>
        <translation>%1 — Lockbox Desktop</translation>
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
</context>
<context>
    <name>lockbox::ui::SecretsListProxy</name>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (деактивирован)</translation>
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
        <source>Connecting to Yandex Cloud with your own profiles comes in a later version.</source>
        <translation>Подключение к Yandex Cloud с вашими профилями появится в следующей версии.</translation>
    </message>
    <message>
        <source>You can try everything now in the sandbox: a local emulator with demo secrets. Nothing in it reaches Yandex Cloud.</source>
        <translation>Всё уже можно попробовать в песочнице — локальном эмуляторе с демонстрационными секретами. Из неё ничего не попадает в Yandex Cloud.</translation>
    </message>
    <message>
        <source>Start the &amp;Sandbox</source>
        <translation>Запустить &amp;песочницу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
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
