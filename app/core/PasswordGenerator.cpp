#include "PasswordGenerator.h"

#include "Limits.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace lockbox {

PasswordGenerator::Problem PasswordGenerator::validate(const PasswordPayloadSpecification &spec) {
    static const QRegularExpression keyRe(limits::kEntryKeyPattern);
    if (spec.passwordKey.isEmpty()) {
        return Problem::KeyMissing;
    }
    if (spec.passwordKey.size() > limits::kMaxEntryKeyLength || !keyRe.match(spec.passwordKey).hasMatch()) {
        return Problem::KeyInvalid;
    }
    if (spec.length < 0 || spec.length > limits::kMaxPasswordLength) {
        return Problem::LengthOutOfRange;
    }
    if (!spec.uppercase() && !spec.lowercase() && !spec.digits() && !spec.punctuation()) {
        return Problem::NoCharacterClass;
    }
    if (!spec.includedPunctuation.isEmpty() && !spec.excludedPunctuation.isEmpty()) {
        return Problem::BothPunctuationLists;
    }
    if (!spec.punctuation() && (!spec.includedPunctuation.isEmpty() || !spec.excludedPunctuation.isEmpty())) {
        return Problem::PunctuationListWithoutPunctuation;
    }
    if (spec.includedPunctuation.size() > limits::kMaxIncludedPunctuation) {
        return Problem::IncludedTooLong;
    }
    const QString all = limits::kDefaultPunctuation;
    for (const QString &list : {spec.includedPunctuation, spec.excludedPunctuation}) {
        for (const QChar c : list) {
            if (!all.contains(c)) {
                return Problem::NotPunctuation;
            }
        }
    }
    if (spec.punctuation() && spec.includedPunctuation.isEmpty() && punctuationSet(spec).isEmpty()) {
        return Problem::AllPunctuationExcluded;
    }
    if (spec.excludedPunctuation.size() > limits::kMaxExcludedPunctuation) {
        return Problem::ExcludedTooLong;
    }
    return Problem::None;
}

QString PasswordGenerator::punctuationSet(const PasswordPayloadSpecification &spec) {
    if (!spec.punctuation()) {
        return {};
    }
    QString set;
    if (!spec.includedPunctuation.isEmpty()) {
        for (const QChar c : spec.includedPunctuation) {
            if (!set.contains(c)) {
                set.append(c);
            }
        }
        return set;
    }
    for (const QChar c : QString(limits::kDefaultPunctuation)) {
        if (!spec.excludedPunctuation.contains(c)) {
            set.append(c);
        }
    }
    return set;
}

QString PasswordGenerator::generate(const PasswordPayloadSpecification &spec) {
    if (validate(spec) != Problem::None) {
        return {};
    }
    QStringList classes;
    if (spec.uppercase()) {
        classes << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }
    if (spec.lowercase()) {
        classes << QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    }
    if (spec.digits()) {
        classes << QStringLiteral("0123456789");
    }
    if (spec.punctuation()) {
        classes << punctuationSet(spec);
    }
    const int length = spec.length > 0 ? static_cast<int>(spec.length) : limits::kDefaultPasswordLength;
    const QString alphabet = classes.join(QString());
    auto *rng = QRandomGenerator::system();

    QString password;
    password.reserve(length);
    // One of each class first (as far as the length allows), then uniform picks, then a shuffle.
    for (const QString &cls : std::as_const(classes)) {
        if (password.size() < length) {
            password.append(cls.at(rng->bounded(static_cast<int>(cls.size()))));
        }
    }
    while (password.size() < length) {
        password.append(alphabet.at(rng->bounded(static_cast<int>(alphabet.size()))));
    }
    for (qsizetype i = password.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(rng->bounded(static_cast<quint32>(i + 1)));
        std::swap(password[i], password[j]);
    }
    return password;
}

} // namespace lockbox
