#include "PrefsJs.h"

#include <QFile>

namespace Portpilot {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {}

    void skipSpaces()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t')) {
            ++m_at;
        }
    }
    bool take(char c)
    {
        skipSpaces();
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    // A JavaScript string in double quotes, its escapes undone (\" \\ \n \t \uXXXX with surrogates).
    std::optional<QString> string()
    {
        if (!take('"')) {
            return std::nullopt;
        }
        QByteArray utf8;
        QString out;
        auto flush = [&] {
            out += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (m_at < m_text.size()) {
            const char c = m_text[m_at++];
            if (c == '"') {
                flush();
                return out;
            }
            if (c == '\n') {
                return std::nullopt;
            }
            if (c != '\\') {
                utf8.append(c);
                continue;
            }
            if (m_at >= m_text.size()) {
                return std::nullopt;
            }
            const char e = m_text[m_at++];
            switch (e) {
            case 'n':
                utf8.append('\n');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 'u': {
                bool ok = false;
                const ushort unit =
                    m_text.sliced(m_at, qMin<qsizetype>(4, m_text.size() - m_at)).toByteArray().toUShort(&ok, 16);
                if (!ok || m_text.size() - m_at < 4) {
                    return std::nullopt;
                }
                m_at += 4;
                flush();
                out.append(QChar(unit));
                break;
            }
            default:
                utf8.append(e); // \" \\ \' and anything else stand for themselves
            }
        }
        return std::nullopt;
    }
    std::optional<QVariant> value()
    {
        skipSpaces();
        if (m_at < m_text.size() && m_text[m_at] == '"') {
            const auto s = string();
            return s ? std::optional<QVariant>(*s) : std::nullopt;
        }
        const qsizetype start = m_at;
        while (m_at < m_text.size() && m_text[m_at] != ')' && m_text[m_at] != ' ' && m_text[m_at] != '\n') {
            ++m_at;
        }
        const QByteArray word = m_text.sliced(start, m_at - start).toByteArray();
        if (word == "true" || word == "false") {
            return QVariant(word == "true");
        }
        bool ok = false;
        const qint64 number = word.toLongLong(&ok);
        return ok ? std::optional<QVariant>(QVariant(number)) : std::nullopt;
    }
    qsizetype at() const { return m_at; }
    void moveTo(qsizetype at) { m_at = at; }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

QList<PrefsJs::Line> PrefsJs::lines(QByteArrayView text)
{
    QList<Line> found;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        const QByteArrayView line = text.sliced(lineStart, lineEnd - lineStart);
        const qsizetype begin = lineStart;
        lineStart = lineEnd + 1;
        const QByteArrayView trimmed = line.trimmed();
        if (!trimmed.startsWith("user_pref(") && !trimmed.startsWith("pref(")) {
            continue;
        }
        Scanner scanner(trimmed);
        scanner.moveTo(trimmed.indexOf('(') + 1);
        const auto name = scanner.string();
        if (!name || !scanner.take(',')) {
            continue;
        }
        const auto value = scanner.value();
        if (value && scanner.take(')')) {
            found.append({*name, *value, begin, lineEnd});
        }
    }
    return found;
}

QHash<QString, QVariant> PrefsJs::parse(QByteArrayView text)
{
    QHash<QString, QVariant> prefs;
    for (const Line& line : lines(text)) {
        prefs.insert(line.name, line.value);
    }
    return prefs;
}

QString PrefsJs::quoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20 || u >= 0x7f) {
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

QByteArray PrefsJs::line(const QString& name, const QVariant& value)
{
    QString text;
    if (value.typeId() == QMetaType::Bool) {
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (value.typeId() == QMetaType::QString) {
        text = quoted(value.toString());
    } else {
        text = QString::number(value.toLongLong());
    }
    return QStringLiteral("user_pref(%1, %2);").arg(quoted(name), text).toUtf8();
}

std::optional<QHash<QString, QVariant>> PrefsJs::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return std::nullopt;
    }
    if (file.size() > MaxFileSize) {
        if (error) {
            *error = QStringLiteral("larger than %1 bytes").arg(MaxFileSize);
        }
        return std::nullopt;
    }
    return parse(file.read(MaxFileSize));
}

} // namespace Portpilot
