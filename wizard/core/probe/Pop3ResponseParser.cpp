#include "Pop3ResponseParser.h"

namespace Portpilot {

std::optional<Pop3Status> Pop3ResponseParser::parseStatus(const QByteArray& line, QString* error)
{
    Pop3Status status;
    QByteArray rest;
    if (line == "+OK" || line.startsWith("+OK ")) {
        status.ok = true;
        rest = line.mid(4);
    } else if (line == "-ERR" || line.startsWith("-ERR ")) {
        rest = line.mid(5);
    } else {
        if (error) {
            *error = QStringLiteral("POP3 response is neither +OK nor -ERR");
        }
        return std::nullopt;
    }
    if (line.contains('\0')) {
        if (error) {
            *error = QStringLiteral("NUL in a POP3 response");
        }
        return std::nullopt;
    }
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 1) {
            status.code = rest.mid(1, close - 1).toUpper();
            rest = rest.mid(close + 1).trimmed();
        }
    }
    status.text = rest;
    return status;
}

std::optional<QByteArray> Pop3ResponseParser::parseContinuation(const QByteArray& line)
{
    if (line == "+") {
        return QByteArray();
    }
    if (line.startsWith("+ ")) {
        return line.mid(2);
    }
    return std::nullopt;
}

void Pop3ResponseParser::beginMultiLine()
{
    m_lines.clear();
    m_error.clear();
}

Pop3ResponseParser::State Pop3ResponseParser::feedMultiLine(const QByteArray& line)
{
    if (line == ".") {
        return State::Done;
    }
    if (m_lines.size() >= MaxLines) {
        m_error = QStringLiteral("more than %1 lines in a multi-line response").arg(MaxLines);
        return State::Error;
    }
    if (line.contains('\0')) {
        m_error = QStringLiteral("NUL in a multi-line response");
        return State::Error;
    }
    m_lines.append(line.startsWith('.') ? line.mid(1) : line);
    return State::NeedMore;
}

QList<QByteArray> Pop3ResponseParser::capabilityNames(const QList<QByteArray>& capaLines)
{
    QList<QByteArray> names;
    for (const QByteArray& line : capaLines) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        const QByteArray name = (space < 0 ? trimmed : trimmed.left(space)).toUpper();
        if (!name.isEmpty()) {
            names.append(name);
        }
    }
    return names;
}

QList<QByteArray> Pop3ResponseParser::saslMechanisms(const QList<QByteArray>& capaLines)
{
    for (const QByteArray& line : capaLines) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (!words.isEmpty() && words.first().toUpper() == "SASL") {
            QList<QByteArray> mechanisms;
            for (qsizetype i = 1; i < words.size(); ++i) {
                if (!words.at(i).isEmpty()) {
                    mechanisms.append(words.at(i).toUpper());
                }
            }
            return mechanisms;
        }
    }
    return {};
}

} // namespace Portpilot
