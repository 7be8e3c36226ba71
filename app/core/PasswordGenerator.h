#pragma once

#include "Resources.h"

namespace lockbox {

// Generates passwords from a PasswordPayloadSpecification with the OS CSPRNG. The emulator uses it
// for generated secrets and the password-specification dialog for its local sample.
class PasswordGenerator final {
public:
    enum class Problem {
        None,
        KeyMissing,
        KeyInvalid,
        LengthOutOfRange,
        NoCharacterClass,
        BothPunctuationLists,
        PunctuationListWithoutPunctuation,
        IncludedTooLong,
        ExcludedTooLong,
        AllPunctuationExcluded,
        NotPunctuation,
    };

    static Problem validate(const PasswordPayloadSpecification &spec);
    // The punctuation characters the spec allows.
    static QString punctuationSet(const PasswordPayloadSpecification &spec);
    // Empty when validate() reports a problem. Every enabled class appears at least once when the
    // length allows it.
    static QString generate(const PasswordPayloadSpecification &spec);
};

} // namespace lockbox
