#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace Portpilot {

// The reading loop that AutoconfigReader and AutodiscoverReader share: a QXmlStreamReader over a
// document from the network, moved from element to element. A DTD, an entity reference and XML
// that is not well-formed are errors (so no entity is ever expanded), as is a text longer than
// MaxTextLength; each error is thrown as an Error with the place it was found. The sentences are
// each reader's own (`words`), asked for only when something fails.
class UntrustedXmlReader
{
public:
    // Longest text accepted in any element; real values are far shorter.
    static constexpr qsizetype MaxTextLength = 2048;

    enum class Problem
    {
        Dtd,       // no argument
        Entity,    // %1: the entity's name
        Encoding,  // %1: the declared encoding; an empty sentence accepts every encoding
        Truncated, // no argument
        Malformed, // %1: QXmlStreamReader's words
        TooLong,   // %1: the element, %2: MaxTextLength
    };
    // The reader's sentence for a problem, translated, with its %-arguments still in it.
    using Words = QString (*)(Problem problem);

    struct Error
    {
        QString message;
        qint64 line = 0;
        qint64 column = 0;
    };

    UntrustedXmlReader(const QByteArray& data, Words words);

    // Throws `message` with the current place.
    [[noreturn]] void fail(const QString& message) const;
    // Reads the next token, turning XML errors, DTDs and entities into Errors.
    QXmlStreamReader::TokenType next();
    // Moves to the next child start element of the current element; false at its end.
    bool nextChild();
    // Skips the current element with everything in it.
    void skipElement();
    // The text of a leaf element, trimmed; child elements inside it (markup) are skipped, not read.
    QString text();

    QStringView name() const { return m_xml.name(); }
    QStringView namespaceUri() const { return m_xml.namespaceUri(); }
    QXmlStreamAttributes attributes() const { return m_xml.attributes(); }
    QXmlStreamReader::TokenType tokenType() const { return m_xml.tokenType(); }
    bool atEnd() const { return m_xml.atEnd(); }

private:
    [[noreturn]] void failXml() const;
    // UTF-8 and encodings that read ASCII as ASCII.
    static bool isAllowedEncoding(QStringView encoding);

    QXmlStreamReader m_xml;
    Words m_words;
};

} // namespace Portpilot
