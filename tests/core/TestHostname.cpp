#include "Hostname.h"

#include <QTest>
#include <QUrl>

using namespace Portpilot;
using namespace Qt::StringLiterals;

// Hostname::toAce takes a shortcut for plain ASCII names; these rows sit on the edges of that
// shortcut, and each must come out as QUrl's IDNA processing has it (fuzz_hostname checks more).
class TestHostname : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asciiAsQUrlSays_data();
    void asciiAsQUrlSays();
    void display_data();
    void display();
};

void TestHostname::asciiAsQUrlSays_data()
{
    QTest::addColumn<QString>("host");
    QTest::addRow("plain") << u"imap.example.test"_s;
    QTest::addRow("capitals") << u"IMAP.Example.TEST"_s;
    QTest::addRow("digits") << u"123.45.test"_s;
    QTest::addRow("inner hyphen") << u"mail-1.example.test"_s;
    QTest::addRow("hyphens at 3 and 4") << u"ab--cd.test"_s;
    QTest::addRow("A-label") << u"xn--bcher-kva.test"_s;
    QTest::addRow("A-label, capitals") << u"XN--BCHER-KVA.test"_s;
    QTest::addRow("bad A-label") << u"xn--.test"_s;
    QTest::addRow("leading hyphen") << u"-mail.test"_s;
    QTest::addRow("trailing hyphen") << u"mail-.test"_s;
    QTest::addRow("empty label") << u"mail..test"_s;
    QTest::addRow("leading dot") << u".mail.test"_s;
    QTest::addRow("trailing dot") << u"mail.test."_s;
    QTest::addRow("63-character label") << QString(63, u'a') + u".test"_s;
    QTest::addRow("64-character label") << QString(64, u'a') + u".test"_s;
    QTest::addRow("254 characters") << (QString(62, u'a') + u'.').repeated(4) + u"abc"_s;
    QTest::addRow("one label") << u"localhost"_s;
    QTest::addRow("single character") << u"a"_s;
}

void TestHostname::asciiAsQUrlSays()
{
    QFETCH(QString, host);
    QCOMPARE(Hostname::toAce(host), QString::fromLatin1(QUrl::toAce(host)).toLower());
}

void TestHostname::display_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("shown");
    QTest::addRow("plain, lower-cased") << u"IMAP.Example.test"_s << u"imap.example.test"_s;
    QTest::addRow("A-label decoded") << u"xn--bcher-kva.test"_s << u"bücher.test"_s;
    QTest::addRow("U-label kept") << u"bücher.test"_s << u"bücher.test"_s;
    QTest::addRow("not a name: as given") << u"a b.test"_s << u"a b.test"_s;
}

void TestHostname::display()
{
    QFETCH(QString, host);
    QFETCH(QString, shown);
    QCOMPARE(Hostname::toDisplay(host), shown);
}

QTEST_GUILESS_MAIN(TestHostname)
#include "TestHostname.moc"
