#include "ProviderInfo.h"

namespace Portpilot {

QString ProviderInfo::pick(const QList<LocalizedText>& texts, const QString& lang)
{
    const LocalizedText* english = nullptr;
    const LocalizedText* unmarked = nullptr;
    for (const LocalizedText& t : texts) {
        if (!lang.isEmpty() && t.lang == lang) {
            return t.text;
        }
        if (!english && t.lang == QLatin1String("en")) {
            english = &t;
        }
        if (!unmarked && t.lang.isEmpty()) {
            unmarked = &t;
        }
    }
    if (english) {
        return english->text;
    }
    if (unmarked) {
        return unmarked->text;
    }
    return texts.isEmpty() ? QString() : texts.first().text;
}

} // namespace Portpilot
