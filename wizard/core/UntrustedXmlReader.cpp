#include "UntrustedXmlReader.h"

namespace Portpilot {

UntrustedXmlReader::UntrustedXmlReader(const QByteArray& data, Words words)
    : m_xml(data)
    , m_words(words)
{}

void UntrustedXmlReader::fail(const QString& message) const
{
    throw Error{message, m_xml.lineNumber(), m_xml.columnNumber()};
}

QXmlStreamReader::TokenType UntrustedXmlReader::next()
{
    const auto token = m_xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        fail(m_words(Problem::Dtd));
    }
    if (token == QXmlStreamReader::StartDocument && !isAllowedEncoding(m_xml.documentEncoding())) {
        if (const QString words = m_words(Problem::Encoding); !words.isEmpty()) {
            fail(words.arg(m_xml.documentEncoding()));
        }
    }
    if (token == QXmlStreamReader::EntityReference) {
        fail(m_words(Problem::Entity).arg(m_xml.name()));
    }
    if (token == QXmlStreamReader::Invalid) {
        failXml();
    }
    return token;
}

// Others are refused: UTF-7, for one, turns the "+" of a link into other characters
// (fuzz_autoconfig), and browsers refuse it for that reason.
bool UntrustedXmlReader::isAllowedEncoding(QStringView encoding)
{
    if (encoding.isEmpty()) {
        return true; // UTF-8 or a byte order mark
    }
    for (const char* allowed : {"UTF-8", "US-ASCII", "ISO-8859-1", "windows-1252"}) {
        if (encoding.compare(QLatin1String(allowed), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

void UntrustedXmlReader::failXml() const
{
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        fail(m_words(Problem::Truncated));
    }
    fail(m_words(Problem::Malformed).arg(m_xml.errorString()));
}

bool UntrustedXmlReader::nextChild()
{
    while (!m_xml.atEnd()) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::EndElement:
            return false;
        default:
            break;
        }
    }
    failXml();
}

void UntrustedXmlReader::skipElement()
{
    for (int depth = 1; depth > 0;) {
        const auto token = next();
        if (token == QXmlStreamReader::EndDocument) {
            failXml();
        }
        depth += token == QXmlStreamReader::StartElement ? 1 : token == QXmlStreamReader::EndElement ? -1 : 0;
    }
}

QString UntrustedXmlReader::text()
{
    const QString element = m_xml.name().toString();
    QString out;
    for (int depth = 1; depth > 0;) {
        const auto token = next();
        depth += token == QXmlStreamReader::StartElement ? 1 : token == QXmlStreamReader::EndElement ? -1 : 0;
        if (token == QXmlStreamReader::Characters && depth == 1) {
            out += m_xml.text();
            if (out.size() > MaxTextLength) {
                fail(m_words(Problem::TooLong).arg(element).arg(MaxTextLength));
            }
        }
    }
    return out.trimmed();
}

} // namespace Portpilot
