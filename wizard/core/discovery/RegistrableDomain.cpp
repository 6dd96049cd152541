#include "RegistrableDomain.h"

#include "Hostname.h"

#include <QStringList>

#include <libpsl.h>

namespace Portpilot {

namespace {

const psl_ctx_t* publicSuffixList()
{
    // psl_latest picks the newer of the list built into libpsl and the system's copy
    // (Debian's publicsuffix package); psl_builtin is the fallback.
    static const psl_ctx_t* const context = [] {
        const psl_ctx_t* latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return context;
}

} // namespace

QString RegistrableDomain::of(const QString& host)
{
    QString ace = Hostname::toAce(host);
    if (ace.endsWith(u'.')) {
        ace.chop(1);
    }
    if (ace.isEmpty() || !Hostname::isValid(ace)) {
        return {};
    }
    const QByteArray bytes = ace.toLatin1();
    const psl_ctx_t* psl = publicSuffixList();
    if (!psl) {
        // No list at all: the last two labels are the best remaining guess.
        const QStringList labels = ace.split(u'.');
        return labels.size() < 2 ? QString() : labels.mid(labels.size() - 2).join(u'.');
    }
    const char* domain = psl_registrable_domain(psl, bytes.constData());
    return domain ? QString::fromLatin1(domain) : QString();
}

bool RegistrableDomain::same(const QString& a, const QString& b)
{
    const QString da = of(a);
    return !da.isEmpty() && da == of(b);
}

} // namespace Portpilot
