#include "TestChecklist.h"

#include <QTest>

using namespace Portpilot;
using namespace Qt::StringLiterals;
using State = TestChecklist::State;

// The rows a person sees while a server is tested, driven by the prober's steps.
class TestTestChecklist : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
};

namespace {

// One event of the prober: "+Step" started, "Step ok" / "Step failed" finished, "passed" /
// "failed" the server's result.
void apply(TestChecklist& checklist, const QString& event)
{
    static const QHash<QString, ProbeStep> steps{{QStringLiteral("Connect"), ProbeStep::Connect},
                                                 {QStringLiteral("Tls"), ProbeStep::Tls},
                                                 {QStringLiteral("Capabilities"), ProbeStep::Capabilities},
                                                 {QStringLiteral("Login"), ProbeStep::Login},
                                                 {QStringLiteral("Logout"), ProbeStep::Logout}};
    const QStringList words = event.split(QLatin1Char(' '));
    if (event == QLatin1String("passed") || event == QLatin1String("failed")) {
        checklist.serverFinished(event == QLatin1String("passed"));
    } else if (event.startsWith(QLatin1Char('+'))) {
        checklist.stepStarted(steps.value(event.mid(1)));
    } else {
        checklist.stepFinished(steps.value(words.at(0)), words.at(1) == QLatin1String("ok"));
    }
}

// A row of expected states as the test data's ints.
QList<int> expected(std::initializer_list<State> states)
{
    QList<int> list;
    for (State state : states) {
        list.append(int(state));
    }
    return list;
}

} // namespace

void TestTestChecklist::rows_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QList<int>>("rows"); // connect, secure, capabilities, log in
    QTest::newRow("nothing yet") << QStringList{}
                                 << expected({State::Waiting, State::Waiting, State::Waiting, State::Waiting});
    QTest::newRow("connecting") << QStringList{u"+Connect"_s}
                                << expected({State::Running, State::Waiting, State::Waiting, State::Waiting});
    QTest::newRow("all passed") << QStringList{u"+Connect"_s,      u"Connect ok"_s,      u"+Tls"_s,   u"Tls ok"_s,
                                               u"+Capabilities"_s, u"Capabilities ok"_s, u"+Login"_s, u"Login ok"_s,
                                               u"+Logout"_s,       u"Logout ok"_s,       u"passed"_s}
                                << expected({State::Done, State::Done, State::Done, State::Done});
    QTest::newRow("no TLS on a plain connection")
        << QStringList{u"+Connect"_s, u"Connect ok"_s, u"+Capabilities"_s, u"Capabilities ok"_s,
                       u"+Login"_s,   u"Login ok"_s,   u"passed"_s}
        << expected({State::Done, State::NotUsed, State::Done, State::Done});
    QTest::newRow("wrong password") << QStringList{u"+Connect"_s, u"Connect ok"_s,    u"+Tls"_s,
                                                   u"Tls ok"_s,   u"+Capabilities"_s, u"Capabilities ok"_s,
                                                   u"+Login"_s,   u"Login failed"_s,  u"failed"_s}
                                    << expected({State::Done, State::Done, State::Done, State::Failed});
    QTest::newRow("cut off during TLS: the running row fails, the rest waits")
        << QStringList{u"+Connect"_s, u"Connect ok"_s, u"+Tls"_s, u"failed"_s}
        << expected({State::Done, State::Failed, State::Waiting, State::Waiting});
    QTest::newRow("logging out belongs to no row")
        << QStringList{u"+Connect"_s, u"Connect ok"_s, u"+Logout"_s}
        << expected({State::Done, State::Waiting, State::Waiting, State::Waiting});
}

void TestTestChecklist::rows()
{
    QFETCH(QStringList, events);
    QFETCH(QList<int>, rows);
    TestChecklist checklist;
    for (const QString& event : events) {
        apply(checklist, event);
    }
    for (int row = 0; row < TestChecklist::RowCount; ++row) {
        QCOMPARE(int(checklist.state(TestChecklist::Row(row))), rows.at(row));
    }
    checklist.reset();
    QCOMPARE(checklist, TestChecklist());
}

QTEST_GUILESS_MAIN(TestTestChecklist)
#include "TestTestChecklist.moc"
