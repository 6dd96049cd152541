// MboxReader on bytes built here: separators, escaping, line ends, flags, dates, limits.
#include "MboxReader.h"
#include "MessageHeaders.h"

#include <QBuffer>
#include <QTest>

using namespace Portpilot;

Q_DECLARE_METATYPE(Portpilot::MessageFlags)

class TestMboxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void messages_data();
    void messages();
    void flags_data();
    void flags();
    void notMbox_data();
    void notMbox();
    void dates_data();
    void dates();
    void tooLarge();
    void crlfAcrossTheBuffer_data();
    void crlfAcrossTheBuffer();
    void headerValues_data();
    void headerValues();
};

namespace {

const QByteArray From = "From - Mon Jan 01 12:00:00 2024\n";

QList<LocalMessage> readAll(const QByteArray& bytes, ReadProblem* problem = nullptr, qint64 max = 1 << 20)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    MboxReader reader(&buffer, QStringLiteral("test.mbox"), max);
    QList<LocalMessage> out;
    while (auto message = reader.next()) {
        out.append(*message);
    }
    if (problem) {
        *problem = reader.problem();
    }
    return out;
}

} // namespace

void TestMboxReader::initTestCase()
{
    qputenv("TZ", "UTC");
}

void TestMboxReader::messages_data()
{
    QTest::addColumn<QByteArray>("mbox");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::addRow("empty file") << QByteArray() << QByteArrayList{};
    QTest::addRow("one message, LF") << From + "Subject: a\n\nbody\n\n" << QByteArrayList{"Subject: a\r\n\r\nbody\r\n"};
    QTest::addRow("two messages") << From + "Subject: a\n\none\n\n" + From + "Subject: b\n\ntwo\n\n"
                                  << QByteArrayList{"Subject: a\r\n\r\none\r\n", "Subject: b\r\n\r\ntwo\r\n"};
    QTest::addRow("CRLF file") << QByteArray("From - Mon Jan 01 12:00:00 2024\r\nSubject: a\r\n\r\none\r\n\r\n"
                                             "From - Mon Jan 01 12:00:00 2024\r\nSubject: b\r\n\r\ntwo\r\n\r\n")
                               << QByteArrayList{"Subject: a\r\n\r\none\r\n", "Subject: b\r\n\r\ntwo\r\n"};
    QTest::addRow("mboxrd and mboxo escaping undone")
        << From + "S: a\n\n>From me\n>>From you\n>>>From them\n> From not escaped\n\n"
        << QByteArrayList{"S: a\r\n\r\nFrom me\r\n>From you\r\n>>From them\r\n> From not escaped\r\n"};
    QTest::addRow("unescaped From line inside a paragraph")
        << From + "S: a\n\nhello\nFrom - Mon Jan 01 12:00:00 2024\n\n"
        << QByteArrayList{"S: a\r\n\r\nhello\r\nFrom - Mon Jan 01 12:00:00 2024\r\n"};
    QTest::addRow("From line after a blank line but without a date")
        << From + "S: a\n\nhello\n\nFrom here on we go by train.\n\n"
        << QByteArrayList{"S: a\r\n\r\nhello\r\n\r\nFrom here on we go by train.\r\n"};
    QTest::addRow("mutt separator with sender and zone")
        << QByteArray("From anna@example.com Tue Feb  6 09:05:01 2024 +0100\nS: a\n\nx\n\n"
                      "From bob@example.com Tue Feb  6 09:05 2024\nS: b\n\ny\n")
        << QByteArrayList{"S: a\r\n\r\nx\r\n", "S: b\r\n\r\ny\r\n"};
    QTest::addRow("no final newline") << From + "S: a\n\nbody" << QByteArrayList{"S: a\r\n\r\nbody"};
    QTest::addRow("no blank line before the end") << From + "S: a\n\nbody\n" << QByteArrayList{"S: a\r\n\r\nbody\r\n"};
    QTest::addRow("truncated in the headers") << From + "S: a\n\none\n\n" + From + "Subject: cut sh"
                                              << QByteArrayList{"S: a\r\n\r\none\r\n", "Subject: cut sh"};
    QTest::addRow("binary body, lone CR kept")
        << From + QByteArray("S: a\n\n\x00\xff\r\x01\n\x7f\n\n", 14)
        << QByteArrayList{QByteArray("S: a\r\n\r\n\x00\xff\r\x01\r\n\x7f\r\n", 17)};
    QTest::addRow("8-bit body") << From + "S: a\n\nk\xc3\xb6ttur \xe9t\xe9\n\n"
                                << QByteArrayList{"S: a\r\n\r\nk\xc3\xb6ttur \xe9t\xe9\r\n"};
    QTest::addRow("leading blank lines") << "\n\r\n" + From + "S: a\n\nx\n" << QByteArrayList{"S: a\r\n\r\nx\r\n"};
    QTest::addRow("a wrong Content-Length is not believed")
        << From + "Content-Length: 2\n\nlonger body\n\n" + From + "S: b\n\ny\n"
        << QByteArrayList{"Content-Length: 2\r\n\r\nlonger body\r\n", "S: b\r\n\r\ny\r\n"};
    QTest::addRow("message with headers only") << From + "S: a\n\n" + From + "S: b\n\ny\n"
                                               << QByteArrayList{"S: a\r\n", "S: b\r\n\r\ny\r\n"};
    QTest::addRow("empty lines kept inside the body") << From + "S: a\n\none\n\n\n\ntwo\n\n"
                                                      << QByteArrayList{"S: a\r\n\r\none\r\n\r\n\r\n\r\ntwo\r\n"};
}

void TestMboxReader::messages()
{
    QFETCH(QByteArray, mbox);
    QFETCH(QByteArrayList, expected);

    ReadProblem problem;
    const QList<LocalMessage> messages = readAll(mbox, &problem);
    QVERIFY2(!problem.isProblem(), qPrintable(problem.message()));
    QCOMPARE(messages.size(), expected.size());
    qint64 previousOffset = -1;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        QCOMPARE(messages[i].content, expected[i]);
        QCOMPARE(messages[i].size, expected[i].size());
        QVERIFY(!messages[i].problem.isProblem());
        QVERIFY(messages[i].offset > previousOffset);
        QVERIFY(mbox.sliced(messages[i].offset).startsWith("From "));
        previousOffset = messages[i].offset;
    }
}

void TestMboxReader::flags_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<MessageFlags>("flags");
    QTest::addColumn<bool>("deleted");

    using F = MessageFlag;
    QTest::addRow("none") << QByteArray("S: a\n") << MessageFlags() << false;
    QTest::addRow("mozilla unread") << QByteArray("X-Mozilla-Status: 0000\n") << MessageFlags() << false;
    QTest::addRow("mozilla read") << QByteArray("X-Mozilla-Status: 0001\n") << MessageFlags(F::Seen) << false;
    QTest::addRow("mozilla replied") << QByteArray("X-Mozilla-Status: 0003\n") << (F::Seen | F::Answered) << false;
    QTest::addRow("mozilla starred") << QByteArray("X-Mozilla-Status: 0005\n") << (F::Seen | F::Flagged) << false;
    QTest::addRow("mozilla expunged") << QByteArray("X-Mozilla-Status: 0009\n") << MessageFlags(F::Seen) << true;
    QTest::addRow("mozilla other bits") << QByteArray("X-Mozilla-Status: 1010\n") << MessageFlags() << false;
    QTest::addRow("mozilla garbage") << QByteArray("X-Mozilla-Status: zz\n") << MessageFlags() << false;
    QTest::addRow("Status RO") << QByteArray("Status: RO\n") << MessageFlags(F::Seen) << false;
    QTest::addRow("Status O") << QByteArray("Status: O\n") << MessageFlags() << false;
    QTest::addRow("X-Status AFT") << QByteArray("X-Status: AFT\n") << (F::Answered | F::Flagged | F::Draft) << false;
    QTest::addRow("both kinds") << QByteArray("X-Mozilla-Status: 0004\nStatus: R\n") << (F::Seen | F::Flagged) << false;
    QTest::addRow("lower-case name") << QByteArray("x-mozilla-status: 0001\n") << MessageFlags(F::Seen) << false;
    QTest::addRow("in the body it is not a header")
        << QByteArray("S: a\n\nX-Mozilla-Status: 0009\n") << MessageFlags() << false;
}

void TestMboxReader::flags()
{
    QFETCH(QByteArray, headers);
    QFETCH(MessageFlags, flags);
    QFETCH(bool, deleted);

    for (const bool large : {false, true}) {
        // Also when the body is too large to keep: the header block is read before it.
        const QByteArray body = large ? QByteArray(5000, 'x') + '\n' : QByteArray("x\n");
        const QByteArray mbox = From + headers + (headers.contains("\n\n") ? "" : "\n") + body;
        const QList<LocalMessage> messages = readAll(mbox, nullptr, 1000);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].flags, flags);
        QCOMPARE(messages[0].deleted, deleted);
        QCOMPARE(messages[0].problem.kind, large ? ReadProblem::Kind::MessageTooLarge : ReadProblem::Kind::None);
    }
}

void TestMboxReader::notMbox_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::addRow("zeros") << QByteArray(3 * 1024 * 1024, '\0');
    QTest::addRow("text") << QByteArray("Dear diary,\nFrom - Mon Jan 01 12:00:00 2024\n");
    QTest::addRow("From without date") << QByteArray("From me to you\nS: a\n\nx\n");
    QTest::addRow("From without line end") << QByteArray("From - Mon Jan 01 12:00:00 2024");
    QTest::addRow("one long line") << QByteArray("From - Mon Jan 01 12:00:00 2024 ") + QByteArray(2 << 20, 'a');
}

void TestMboxReader::notMbox()
{
    QFETCH(QByteArray, bytes);

    ReadProblem problem;
    QVERIFY(readAll(bytes, &problem).isEmpty());
    QCOMPARE(problem.kind, ReadProblem::Kind::NotMbox);
    QVERIFY(problem.message().contains(QLatin1String("test.mbox")));
    QVERIFY(!MboxReader::looksLikeMbox(bytes.first(std::min<qsizetype>(bytes.size(), 4096))));
}

void TestMboxReader::dates_data()
{
    QTest::addColumn<QByteArray>("mbox");
    QTest::addColumn<QDateTime>("date");

    const QDateTime noon(QDate(2024, 1, 1), QTime(12, 0));
    QTest::addRow("thunderbird") << From + "S: a\n\nx\n" << noon;
    QTest::addRow("asctime, one-digit day")
        << QByteArray("From x@y Tue Feb  6 09:05:01 2024\nS: a\n\nx\n") << QDateTime(QDate(2024, 2, 6), QTime(9, 5, 1));
    QTest::addRow("no weekday, no seconds")
        << QByteArray("From x@y Feb 6 09:05 2024\nS: a\n\nx\n") << QDateTime(QDate(2024, 2, 6), QTime(9, 5));
    QTest::addRow("zone") << QByteArray("From x@y Tue Feb  6 09:05:01 2024 +0200\nS: a\n\nx\n")
                          << QDateTime(QDate(2024, 2, 6), QTime(7, 5, 1), Qt::UTC);
    QTest::addRow("impossible day: the Date field instead")
        << QByteArray("From x@y Tue Feb 31 09:05:01 2024\nDate: Wed, 3 Jan 2024 10:00:00 +0000\n\nx\n")
        << QDateTime(QDate(2024, 1, 3), QTime(10, 0), Qt::UTC);
}

void TestMboxReader::dates()
{
    QFETCH(QByteArray, mbox);
    QFETCH(QDateTime, date);

    const QList<LocalMessage> messages = readAll(mbox);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0].internalDate.toUTC(), date.toUTC());
}

void TestMboxReader::tooLarge()
{
    const QByteArray big = "S: big\n\n" + QByteArray(300, 'x') + "\n";
    const QList<LocalMessage> messages = readAll(From + big + "\n" + From + "S: small\n\ny\n", nullptr, 200);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].problem.kind, ReadProblem::Kind::MessageTooLarge);
    QVERIFY(messages[0].content.isEmpty());
    QCOMPARE(messages[0].size, big.size() + big.count('\n'));
    QVERIFY(!messages[0].problem.detail.isEmpty());
    QCOMPARE(messages[1].content, QByteArray("S: small\r\n\r\ny\r\n"));
}

void TestMboxReader::crlfAcrossTheBuffer_data()
{
    QTest::addColumn<qsizetype>("length");
    // The reader's window is 1 MiB: a line of 1 MiB - 1 bytes puts its CR last in a full window
    // and its LF first in the next; the others fall around it.
    for (const qsizetype length : {(1 << 20) - 2, (1 << 20) - 1, (1 << 20), (3 << 20) + 7}) {
        QTest::addRow("%lld", static_cast<long long>(length)) << length;
    }
}

void TestMboxReader::crlfAcrossTheBuffer()
{
    QFETCH(qsizetype, length);
    const QByteArray line(length, 'a');
    for (const QByteArray& end : {QByteArray("\r\n"), QByteArray("\n")}) {
        const QByteArray mbox = From + "S: a\n\n" + line + end + "\n" + From + "S: b\n\n>From x\n";
        const QList<LocalMessage> messages = readAll(mbox, nullptr, 8 << 20);
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages[0].content == "S: a\r\n\r\n" + line + "\r\n");
        QCOMPARE(messages[1].content, QByteArray("S: b\r\n\r\nFrom x\r\n"));
    }
}

void TestMboxReader::headerValues_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");

    QTest::addRow("plain") << QByteArray("Message-ID: <a@b>\r\n\r\n") << QByteArray("Message-ID")
                           << QByteArray("<a@b>");
    QTest::addRow("folded") << QByteArray("Message-Id:\r\n <a@b>\r\nS: x\r\n\r\n") << QByteArray("Message-ID")
                            << QByteArray("<a@b>");
    QTest::addRow("first of two") << QByteArray("Message-ID: <1@b>\r\nMessage-ID: <2@b>\r\n\r\n")
                                  << QByteArray("Message-ID") << QByteArray("<1@b>");
    QTest::addRow("prefix is not the name")
        << QByteArray("Message-IDX: <1@b>\r\n\r\n") << QByteArray("Message-ID") << QByteArray();
    QTest::addRow("only in the body") << QByteArray("S: a\r\n\r\nMessage-ID: <1@b>\r\n") << QByteArray("Message-ID")
                                      << QByteArray();
    QTest::addRow("LF only, no body") << QByteArray("S: a\nMessage-ID: <1@b>") << QByteArray("Message-ID")
                                      << QByteArray("<1@b>");
}

void TestMboxReader::headerValues()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);

    QCOMPARE(MessageHeaders::value(MessageHeaders::block(message), name), value);
}

QTEST_GUILESS_MAIN(TestMboxReader)
#include "TestMboxReader.moc"
