// The IMAP pieces of the move, without a server: response data with literals, modified UTF-7
// mailbox names, and where each local folder goes on the server.
#include "ImapClient.h"
#include "ImapValue.h"
#include "MailboxName.h"
#include "RemoteFolders.h"

#include <QTest>
#include <QTimeZone>

using namespace Portpilot;
using namespace Qt::StringLiterals;

class TestImapData : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void malformed_data();
    void malformed();
    void fetchItems();
    void mailboxNames_data();
    void mailboxNames();
    void badMailboxNames_data();
    void badMailboxNames();
    void targets_data();
    void targets();
    void appendDate();
};

namespace {

// A compact picture of parsed values: atoms bare, strings in <>, NIL as ~, lists in ().
QString picture(const QList<ImapValue>& values)
{
    QStringList parts;
    for (const ImapValue& value : values) {
        switch (value.type) {
        case ImapValue::Type::Atom:
            parts.append(QString::fromUtf8(value.bytes));
            break;
        case ImapValue::Type::String:
            parts.append(u'<' + QString::fromUtf8(value.bytes) + u'>');
            break;
        case ImapValue::Type::Nil:
            parts.append(QStringLiteral("~"));
            break;
        case ImapValue::Type::List:
            parts.append(u'(' + picture(value.items) + u')');
            break;
        }
    }
    return parts.join(u' ');
}

RemoteFolders dovecotFolders()
{
    RemoteFolders folders;
    const QList<QByteArray> lines{
        R"x(LIST (\HasNoChildren) "/" INBOX)x",
        R"x(LIST (\HasNoChildren \Sent) "/" "Sent Messages")x",
        R"x(LIST (\HasNoChildren \Trash) "/" "Deleted Messages")x",
        R"x(LIST (\HasChildren) "/" Archives)x",
        R"x(LIST (\Noselect \HasChildren) "/" Old)x",
        R"x(LIST (\HasNoChildren) "/" "Reikningar &AN4-j&APM-nusta")x",
    };
    for (const QByteArray& line : lines) {
        folders.addListResponse(*ImapValue::parse(line));
    }
    return folders;
}

} // namespace

void TestImapData::values_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("list") << QByteArray(R"x(LIST (\HasNoChildren \Sent) "/" "Sent Messages")x"
                                        "\r\n")
                          << QByteArray(R"x(LIST (\HasNoChildren \Sent) </> <Sent Messages>)x");
    QTest::addRow("nil separator") << QByteArray(R"x(LIST () NIL INBOX)x") << QByteArray(R"x(LIST () ~ INBOX)x");
    QTest::addRow("quoted escapes") << QByteArray(R"x(LIST () "/" "a \"b\" \\c")x")
                                    << QByteArray(R"x(LIST () </> <a "b" \c>)x");
    QTest::addRow("literal name") << QByteArray("LIST () \"/\" {5}\r\nA(B)\"\r\n")
                                  << QByteArray(R"x(LIST () </> <A(B)">)x");
    QTest::addRow("fetch with body literal")
        << QByteArray("12 FETCH (UID 40 RFC822.SIZE 7 BODY[] {7}\r\nHi\r\n)\r\n)\r\n")
        << QByteArray("12 FETCH (UID 40 RFC822.SIZE 7 BODY[] <Hi\r\n)\r\n>)");
    QTest::addRow("section with spaces") << QByteArray("1 FETCH (BODY[HEADER.FIELDS (MESSAGE-ID)] {0}\r\n)")
                                         << QByteArray("1 FETCH (BODY[HEADER.FIELDS (MESSAGE-ID)] <>)");
    QTest::addRow("literal plus and binary") << QByteArray("X {2+}\r\nab ~{1}\r\n\x01") << QByteArray("X <ab> <\x01>");
    QTest::addRow("nested") << QByteArray("(a (b (c)) NIL)") << QByteArray("(a (b (c)) ~)");
}

void TestImapData::values()
{
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, expected);
    QString error;
    const auto values = ImapValue::parse(response, &error);
    QVERIFY2(values, qPrintable(error));
    QCOMPARE(picture(*values).toUtf8(), expected);
}

void TestImapData::malformed_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addRow("open list") << QByteArray("FETCH (UID 4");
    QTest::addRow("open quote") << QByteArray("LIST () \"/\" \"Sent");
    QTest::addRow("literal longer than the data") << QByteArray("X {10}\r\nabc");
    QTest::addRow("literal without CRLF") << QByteArray("X {3}abc");
    QTest::addRow("literal size absurd") << QByteArray("X {99999999999999999}\r\n");
    QTest::addRow("stray close") << QByteArray("X )");
    QTest::addRow("too deep") << QByteArray(40, '(');
}

void TestImapData::malformed()
{
    QFETCH(QByteArray, response);
    QString error;
    QVERIFY(!ImapValue::parse(response, &error));
    QVERIFY(!error.isEmpty());
}

void TestImapData::fetchItems()
{
    const auto values = ImapValue::parse("3 FETCH (UID 17 RFC822.SIZE 2048 FLAGS (\\Seen))");
    QVERIFY(values);
    const ImapValue& items = values->at(2);
    QCOMPARE(ImapValue::fetchItem(items, "uid")->number(), std::optional<qint64>(17));
    QCOMPARE(ImapValue::fetchItem(items, "RFC822.SIZE")->number(), std::optional<qint64>(2048));
    QCOMPARE(ImapValue::fetchItem(items, "FLAGS")->items.size(), 1);
    QVERIFY(!ImapValue::fetchItem(items, "BODY[]"));
    QVERIFY(!ImapValue::fetchItem(values->at(0), "UID")); // not a list
}

void TestImapData::mailboxNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("encoded");
    // RFC 3501 §5.1.3's own example, and names a person has.
    QTest::addRow("rfc example") << QStringLiteral("~peter/mail/台北/日本語")
                                 << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::addRow("ampersand") << QStringLiteral("Tom & Jerry") << QByteArray("Tom &- Jerry");
    QTest::addRow("icelandic") << QStringLiteral("Reikningar Þjónusta") << QByteArray("Reikningar &AN4-j&APM-nusta");
    QTest::addRow("ascii") << QStringLiteral("Archives/2024") << QByteArray("Archives/2024");
    QTest::addRow("emoji (surrogates)") << QStringLiteral("Frí 🌴") << QByteArray("Fr&AO0- &2DzfNA-");
}

void TestImapData::mailboxNames()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, encoded);
    QCOMPARE(MailboxName::encode(name), encoded);
    QCOMPARE(MailboxName::decode(encoded), std::optional<QString>(name));
}

void TestImapData::badMailboxNames_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addRow("8-bit") << QByteArray("Þjónusta");
    QTest::addRow("unterminated") << QByteArray("&U,BTFw");
    QTest::addRow("odd bytes") << QByteArray("&AN-");
    QTest::addRow("not base64") << QByteArray("&***-");
}

void TestImapData::badMailboxNames()
{
    QFETCH(QByteArray, encoded);
    QVERIFY(!MailboxName::decode(encoded));
}

void TestImapData::targets_data()
{
    QTest::addColumn<QStringList>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<bool>("exists");
    QTest::addRow("inbox") << QStringList{u"Inbox"_s} << u"INBOX"_s << true;
    QTest::addRow("inbox subfolder") << QStringList{u"Inbox"_s, u"Family"_s} << u"INBOX/Family"_s << false;
    QTest::addRow("sent by special use") << QStringList{u"Sent"_s} << u"Sent Messages"_s << true;
    QTest::addRow("outlook's name") << QStringList{u"Sent Items"_s} << u"Sent Messages"_s << true;
    QTest::addRow("trash") << QStringList{u"Trash"_s} << u"Deleted Messages"_s << true;
    QTest::addRow("no junk on the server") << QStringList{u"Junk"_s} << u"Junk"_s << false;
    QTest::addRow("existing by name") << QStringList{u"Archives"_s} << u"Archives"_s << true;
    QTest::addRow("new subfolder") << QStringList{u"Archives"_s, u"2024"_s} << u"Archives/2024"_s << false;
    QTest::addRow("non-ascii existing") << QStringList{u"Reikningar Þjónusta"_s} << u"Reikningar Þjónusta"_s << true;
    QTest::addRow("separator inside a name") << QStringList{u"a/b"_s} << u"a_b"_s << false;
    QTest::addRow("no-select is not a folder") << QStringList{u"Old"_s} << u"Old"_s << false;
    QTest::addRow("mapped") << QStringList{u"Mapped"_s, u"Here"_s} << u"Elsewhere/x"_s << false;
}

void TestImapData::targets()
{
    QFETCH(QStringList, local);
    QFETCH(QString, remote);
    QFETCH(bool, exists);
    const RemoteFolders folders = dovecotFolders();
    LocalFolder folder;
    folder.names = local;
    const RemoteFolders::Target target =
        folders.target(folder, {{QStringLiteral("Mapped/Here"), QStringLiteral("Elsewhere/x")}});
    QCOMPARE(target.name, remote);
    QCOMPARE(target.exists, exists);
    QCOMPARE(MailboxName::decode(target.encoded), std::optional<QString>(remote));
}

void TestImapData::appendDate()
{
    const QDateTime date(QDate(2024, 3, 5), QTime(23, 4, 5), QTimeZone(3600));
    QCOMPARE(ImapClient::dateTime(date), QByteArray("05-Mar-2024 22:04:05 +0000"));
}

QTEST_GUILESS_MAIN(TestImapData)
#include "TestImapData.moc"
