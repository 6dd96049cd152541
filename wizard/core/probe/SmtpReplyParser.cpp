#include "SmtpReplyParser.h"

namespace Portpilot {

QList<QByteArray> SmtpReply::ehloKeywords() const
{
    QList<QByteArray> keywords;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        qsizetype end = 0;
        while (end < line.size() && line.at(end) != ' ' && line.at(end) != '=') {
            ++end;
        }
        if (end > 0) {
            keywords.append(line.left(end).toUpper());
        }
    }
    return keywords;
}

QList<QByteArray> SmtpReply::authMechanisms() const
{
    QList<QByteArray> mechanisms;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i).trimmed();
        if (line.size() < 5 || line.left(4).toUpper() != "AUTH" || (line.at(4) != ' ' && line.at(4) != '=')) {
            continue;
        }
        for (const QByteArray& word : line.mid(5).split(' ')) {
            const QByteArray mechanism = word.trimmed().toUpper();
            if (!mechanism.isEmpty() && !mechanisms.contains(mechanism)) {
                mechanisms.append(mechanism);
            }
        }
    }
    return mechanisms;
}

void SmtpReplyParser::reset()
{
    m_reply = SmtpReply();
    m_error.clear();
}

SmtpReplyParser::State SmtpReplyParser::feed(const QByteArray& line)
{
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2)) || line.at(0) < '2' ||
        line.at(0) > '5' || line.at(1) > '5') {
        m_error = QStringLiteral("SMTP reply without a valid three-digit code");
        return State::Error;
    }
    if (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-') {
        m_error = QStringLiteral("SMTP reply code not followed by a space or a hyphen");
        return State::Error;
    }
    if (line.contains('\0')) {
        m_error = QStringLiteral("NUL in an SMTP reply");
        return State::Error;
    }
    const int code = line.left(3).toInt();
    if (m_reply.lines.isEmpty()) {
        m_reply.code = code;
    } else if (code != m_reply.code) {
        m_error = QStringLiteral("SMTP reply lines with different codes");
        return State::Error;
    }
    if (m_reply.lines.size() >= MaxLines) {
        m_error = QStringLiteral("more than %1 lines in an SMTP reply").arg(MaxLines);
        return State::Error;
    }
    const QByteArray text = line.mid(4);
    if (m_reply.lines.isEmpty()) {
        // Enhanced status code: class.subject.detail with the class equal to the reply's first digit.
        const qsizetype space = text.indexOf(' ');
        const QByteArray candidate = space < 0 ? text : text.left(space);
        const QList<QByteArray> parts = candidate.split('.');
        bool valid =
            parts.size() == 3 && candidate.size() <= 11 && !parts.at(0).isEmpty() && parts.at(0).at(0) == line.at(0);
        for (const QByteArray& part : parts) {
            bool ok = false;
            part.toUInt(&ok);
            valid = valid && ok && !part.isEmpty();
        }
        if (valid) {
            m_reply.enhancedCode = candidate;
        }
    }
    m_reply.lines.append(text);
    return line.size() > 3 && line.at(3) == '-' ? State::NeedMore : State::Complete;
}

} // namespace Portpilot
