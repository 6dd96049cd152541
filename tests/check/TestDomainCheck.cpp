#include "CheckReportHtml.h"
#include "DomainCheck.h"
#include "DomainCheckSignIn.h"
#include "FindingWords.h"
#include "HttpFetcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ExtraCaCertificates.h"

using namespace Portpilot;
using namespace Qt::StringLiterals;

// `portpilot check` against real servers: the discovery test world (tests/servers/world/world.sh,
// started by tests/ui/run-in-world.sh, which runs this test inside its network namespace) has a
// chk-*.test domain for each way a domain can be broken, and chk-healthy.test where nothing is.
// The core is checked for the exact set of finding ids per domain; then the published fixes are
// applied to the world (the autoconfig file into nginx's folder, the SRV records into dnsmasq) and
// the findings they fix must be gone; last the command's exit statuses and JSON.
class TestDomainCheck : public QObject
{
    Q_OBJECT

private:
    QString m_worldDir;
    QString m_caFile;
    QList<QSslCertificate> m_ca;

    DomainCheckOptions options() const
    {
        DomainCheckOptions options;
        options.ispdbUrl = QUrl(u"https://ispdb.test/v1.1/"_s);
        options.extraCaCertificates = m_ca;
        options.overallTimeout = std::chrono::seconds(15);
        options.httpTimeout = std::chrono::seconds(5);
        options.dnsTimeout = std::chrono::seconds(5);
        options.probeTimeout = std::chrono::seconds(5);
        return options;
    }

    // Runs a whole check; the check must end by itself.
    void runCheck(DomainCheck& check, const QString& domain) { runCheck(check, domain, options()); }

    void runCheck(DomainCheck& check, const QString& domain, const DomainCheckOptions& options)
    {
        QSignalSpy finished(&check, &DomainCheck::finished);
        check.start(domain, options);
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(check.isFinished());
    }

    static QStringList ids(const DomainCheck& check)
    {
        QStringList list;
        for (const Finding& finding : check.findings()) {
            if (!list.contains(finding.id)) {
                list.append(finding.id);
            }
        }
        list.sort();
        return list;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run portpilot(const QStringList& arguments, const QByteArray& input = QByteArray())
    {
        QProcess process;
        process.start(QStringLiteral(PORTPILOT_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QStringList worldArguments() const
    {
        return {u"--ca-certificates"_s,        m_caFile,       u"--ispdb-url"_s,
                u"https://ispdb.test/v1.1/"_s, u"--timeout"_s, u"15"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_worldDir = qEnvironmentVariable("PORTPILOT_WORLD_DIR");
        m_caFile = qEnvironmentVariable("PORTPILOT_WORLD_CA_FILE");
        if (m_worldDir.isEmpty() || m_caFile.isEmpty()) {
            QSKIP("runs inside the test world (tests/ui/run-in-world.sh)");
        }
        QString error;
        const auto ca = ExtraCaCertificates::readFile(m_caFile, &error);
        QVERIFY2(ca, qPrintable(error));
        m_ca = *ca;
    }

    void normalizeDomain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("domain");
        QTest::newRow("plain") << "example.org"
                               << "example.org";
        QTest::newRow("upper case, final dot") << "Example.ORG."
                                               << "example.org";
        QTest::newRow("unicode") << "bücher.test"
                                 << "xn--bcher-kva.test";
        QTest::newRow("one label") << "localhost"
                                   << "";
        QTest::newRow("an address") << "anna@example.org"
                                    << "";
        QTest::newRow("spaces inside") << "exa mple.org"
                                       << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void normalizeDomain()
    {
        QFETCH(QString, text);
        QFETCH(QString, domain);
        QCOMPARE(DomainCheck::normalizeDomain(text), domain);
    }

    void findings_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("expected"); // the exact set of finding ids
        QTest::addColumn<QString>("worstSubject"); // part of the subject of the first (worst) finding

        QTest::newRow("healthy") << "chk-healthy.test" << QStringList{u"autodiscover.missing"_s}
                                 << "autodiscover.chk-healthy.test";
        QTest::newRow("certificate not for autoconfig.DOMAIN")
            << "chk-certname.test"
            << QStringList{u"autoconfig.certificate-name"_s, u"autodiscover.missing"_s, u"mx.missing"_s,
                           u"srv.missing"_s}
            << "https://autoconfig.chk-certname.test/mail/config-v1.1.xml";
        QTest::newRow("expired certificate")
            << "chk-expired.test"
            << QStringList{u"autoconfig.certificate-expired"_s, u"autodiscover.missing"_s, u"mx.missing"_s,
                           u"srv.missing"_s}
            << "https://autoconfig.chk-expired.test/";
        QTest::newRow("certificate expires within 21 days")
            << "chk-soon.test"
            << QStringList{u"autoconfig.certificate-expires-soon"_s, u"autodiscover.missing"_s, u"mx.missing"_s,
                           u"srv.missing"_s}
            << "https://autoconfig.chk-soon.test/";
        // Thunderbird and Thunderbird for Android get nothing, KMail and Evolution the SRV records.
        QTest::newRow("autoconfig does not parse")
            << "chk-badxml.test"
            << QStringList{u"autoconfig.parse"_s, u"autodiscover.missing"_s, u"clients.differ"_s, u"mx.missing"_s}
            << "https://autoconfig.chk-badxml.test/";
        QTest::newRow("autoconfig names the wrong port")
            << "chk-wrongport.test"
            << QStringList{u"autodiscover.missing"_s, u"mx.missing"_s, u"server.protocol-error"_s, u"srv.missing"_s}
            << "imap.chk-wrongport.test:995";
        QTest::newRow("SRV at a host without the service")
            << "chk-srvwrong.test"
            << QStringList{u"autodiscover.missing"_s, u"mx.missing"_s, u"server.unreachable"_s, u"srv.differs"_s}
            << "www.chk-srvwrong.test:993";
        QTest::newRow("no STARTTLS on 587")
            << "chk-nostarttls.test"
            << QStringList{u"autodiscover.missing"_s, u"mx.missing"_s, u"server.plaintext-auth"_s,
                           u"server.starttls-missing"_s, u"srv.missing"_s}
            << "smtp.chk-nostarttls.test:587";
        QTest::newRow("plaintext AUTH before TLS")
            << "chk-plainauth.test"
            << QStringList{u"autodiscover.missing"_s, u"mx.missing"_s, u"server.plaintext-auth"_s, u"server.starttls"_s,
                           u"srv.missing"_s}
            << "imap.chk-plainauth.test:143";
        QTest::newRow("redirect to another domain")
            << "chk-redirect.test"
            << QStringList{u"autoconfig.redirect-other-domain"_s, u"autodiscover.missing"_s, u"mx.missing"_s,
                           u"srv.missing"_s}
            << "https://autoconfig.chk-redirect.test/";
        QTest::newRow("Autodiscover leak: the name above the domain answers")
            << "chk-leak.leaktest"
            << QStringList{u"autoconfig.missing"_s, u"autodiscover.missing"_s, u"autodiscover.outside-answers"_s,
                           u"mx.missing"_s, u"srv.missing"_s}
            << "autodiscover.leaktest";
        QTest::newRow("MX and autoconfig name different providers")
            << "chk-mxother.test" << QStringList{u"autodiscover.missing"_s, u"mx.provider-mismatch"_s, u"srv.missing"_s}
            << "mx1.hoster.test";
        // Only Thunderbird reads plain HTTP: the others get nothing.
        QTest::newRow("autoconfig only over plain HTTP")
            << "chk-httponly.test"
            << QStringList{u"autoconfig.http-only"_s, u"autodiscover.missing"_s, u"clients.differ"_s, u"mx.missing"_s,
                           u"srv.missing"_s}
            << "http://autoconfig.chk-httponly.test/mail/config-v1.1.xml";
        QTest::newRow("TLS 1.0 and 1.1 accepted besides 1.2 and 1.3")
            << "chk-tlslegacy.test"
            << QStringList{u"autodiscover.missing"_s, u"mx.missing"_s, u"server.tls-legacy"_s, u"srv.missing"_s}
            << "imap.chk-tlslegacy.test:993";
        QTest::newRow("only TLS 1.0 and 1.1")
            << "chk-tlsold.test"
            << QStringList{u"autodiscover.missing"_s, u"mx.missing"_s, u"server.tls-legacy-only"_s, u"srv.missing"_s}
            << "imap.chk-tlsold.test:993";
        QTest::newRow("JMAP found through its SRV record")
            << "chk-jmap.test" << QStringList{u"autodiscover.missing"_s, u"jmap.offered"_s}
            << "autodiscover.chk-jmap.test";
        QTest::newRow("JMAP at the domain, no SRV record")
            << "chk-jmapsrv.test" << QStringList{u"autodiscover.missing"_s, u"jmap.offered"_s, u"jmap.srv-missing"_s}
            << "autodiscover.chk-jmapsrv.test";
        QTest::newRow("against the schema: no provider id, submission without username")
            << "chk-schema.test"
            << QStringList{u"autoconfig.schema"_s, u"autodiscover.missing"_s, u"mx.missing"_s, u"srv.missing"_s}
            << "https://autoconfig.chk-schema.test/mail/config-v1.1.xml";
        QTest::newRow("misspelled placeholder")
            << "chk-placeholder.test"
            << QStringList{u"autoconfig.placeholder"_s, u"autodiscover.missing"_s, u"mx.missing"_s, u"srv.missing"_s}
            << "https://autoconfig.chk-placeholder.test/mail/config-v1.1.xml";
        QTest::newRow("oAuth2 issuer's metadata names another token endpoint")
            << "chk-oauth2.test"
            << QStringList{u"autoconfig.oauth2-issuer"_s, u"autoconfig.version"_s, u"autodiscover.missing"_s,
                           u"mx.missing"_s, u"srv.missing"_s}
            << "https://login.chk-oauth2.test/.well-known/oauth-authorization-server";
        QTest::newRow("autoconfig needs ?emailaddress: KMail gets nothing")
            << "chk-needsaddress.test"
            << QStringList{u"autoconfig.needs-address"_s, u"autodiscover.missing"_s, u"clients.differ"_s,
                           u"mx.missing"_s, u"srv.missing"_s}
            << "https://autoconfig.chk-needsaddress.test/mail/config-v1.1.xml";
        // KMail's question (no ?emailaddress=) gets STARTTLS servers that the others never see.
        QTest::newRow("KMail's answer names other servers")
            << "chk-kmail.test" << QStringList{u"autodiscover.missing"_s, u"clients.differ"_s, u"server.starttls"_s}
            << "chk-kmail.test";
        QTest::newRow("JMAP at a real server, no test account")
            << "chk-jmaplogin.test" << QStringList{u"autodiscover.missing"_s, u"jmap.offered"_s}
            << "autodiscover.chk-jmaplogin.test";
        QTest::newRow("JMAP record at a host without JMAP")
            << "chk-jmapbroken.test" << QStringList{u"autodiscover.missing"_s, u"jmap.srv-broken"_s}
            << "_jmap._tcp.chk-jmapbroken.test SRV www.chk-jmapbroken.test:443";
        // Outlook's Autodiscover, asked with its POST and read (the chk-a*.test domains are healthy otherwise).
        QTest::newRow("Autodiscover names the same servers") << "chk-autodiscover.test" << QStringList() << "";
        QTest::newRow("Autodiscover answers with an error")
            << "chk-aderror.test" << QStringList{u"autodiscover.error"_s}
            << "https://autodiscover.chk-aderror.test/autodiscover/autodiscover.xml";
        QTest::newRow("Autodiscover answers with the autoconfig file")
            << "chk-adnotpox.test" << QStringList{u"autodiscover.parse"_s}
            << "https://autodiscover.chk-adnotpox.test/autodiscover/autodiscover.xml";
        QTest::newRow("Autodiscover file served to GET only")
            << "chk-adgetonly.test" << QStringList{u"autodiscover.get-only"_s}
            << "https://autodiscover.chk-adgetonly.test/autodiscover/autodiscover.xml";
        QTest::newRow("Autodiscover names other servers than autoconfig")
            << "chk-addiffers.test" << QStringList{u"autodiscover.differs"_s}
            << "https://autodiscover.chk-addiffers.test/autodiscover/autodiscover.xml";
        QTest::newRow("Autodiscover redirects by address, DOMAIN/autodiscover by HTTP")
            << "chk-adredirect.test" << QStringList{u"autodiscover.differs"_s, u"autodiscover.redirect"_s}
            << "https://autodiscover.chk-autodiscover.test/autodiscover/autodiscover.xml";
        // Both https addresses go round (a loop, and no end), so Outlook gets as far as the SRV record.
        QTest::newRow("Autodiscover redirect loop, hop limit, SRV record outside the domain")
            << "chk-adhops.test" << QStringList{u"autodiscover.differs"_s,        u"autodiscover.redirect"_s,
                                                u"autodiscover.redirect-limit"_s, u"autodiscover.redirect-loop"_s,
                                                u"autodiscover.srv-only"_s,       u"autodiscover.srv-outside"_s}
            << "https://autodiscover.chk-autodiscover.test/";
        QTest::newRow("Autodiscover only through the HTTP redirect method")
            << "chk-adhttp.test" << QStringList{u"autodiscover.differs"_s, u"autodiscover.http-redirect"_s}
            << "https://autodiscover.chk-autodiscover.test/";
    }

    void findings()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, expected);
        QFETCH(QString, worstSubject);
        DomainCheck check;
        runCheck(check, domain);
        QCOMPARE(ids(check), expected);
        if (!expected.isEmpty()) {
            QVERIFY2(check.findings().constFirst().subject.contains(worstSubject),
                     qPrintable(check.findings().constFirst().subject));
        }
        for (const Finding& finding : check.findings()) {
            QVERIFY2(FindingWords::ids().contains(finding.id), qPrintable(finding.id));
            QCOMPARE(finding.severity, FindingWords::severityOf(finding.id));
            QVERIFY(!finding.effect.isEmpty());
            QVERIFY(!finding.fix.isEmpty());
            // A fix never repeats chk-placeholder.test's misspelled placeholder.
            QVERIFY2(!finding.fix.contains(u"%EMAILADRESS%"_s), qPrintable(finding.id));
        }
    }

    // JMAP's session resource is found the way RFC 8620 clients look: through the SRV record's
    // host, or at the domain's own address; what was found is named in the finding and the summary.
    void jmap_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("summary"); // part of the jmap area's summary
        QTest::newRow("through SRV")
            << "chk-jmap.test"
            << "jmap.offered"
            << "https://jmap.chk-jmap.test/.well-known/jmap"
            << "_jmap._tcp.chk-jmap.test leads to https://jmap.chk-jmap.test/.well-known/jmap: "
               "HTTP status 401";
        QTest::newRow("at the domain") << "chk-jmapsrv.test"
                                       << "jmap.offered"
                                       << "https://chk-jmapsrv.test/.well-known/jmap"
                                       << "https://chk-jmapsrv.test/.well-known/jmap: a JMAP session object";
        QTest::newRow("broken record") << "chk-jmapbroken.test"
                                       << "jmap.srv-broken"
                                       << "_jmap._tcp.chk-jmapbroken.test SRV www.chk-jmapbroken.test:443"
                                       << "not a JMAP session object";
        QTest::newRow("none") << "chk-healthy.test"
                              << ""
                              << ""
                              << "no _jmap._tcp.chk-healthy.test record";
    }

    void jmap()
    {
        QFETCH(QString, domain);
        QFETCH(QString, id);
        QFETCH(QString, subject);
        QFETCH(QString, summary);
        DomainCheck check;
        runCheck(check, domain);
        QStringList subjects;
        for (const Finding& finding : check.findings()) {
            if (finding.area() == u"jmap") {
                subjects.append(finding.id + u' ' + finding.subject);
            }
        }
        if (!id.isEmpty()) {
            QVERIFY2(subjects.contains(id + u' ' + subject), qPrintable(subjects.join(u'|')));
        } else {
            QCOMPARE(subjects, QStringList());
        }
        const QList<DomainCheck::Area> areas = check.areas();
        const auto area =
            std::find_if(areas.cbegin(), areas.cend(), [](const DomainCheck::Area& a) { return a.name == u"jmap"; });
        QVERIFY(area != areas.cend());
        QVERIFY2(area->summary.contains(summary), qPrintable(area->summary));
    }

    // The whole check's deadline ends every lookup and probe, wherever they are: finished()
    // still comes exactly once.
    void endsAtItsDeadline_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("deadlineMs");
        for (const int ms : {1, 20, 60, 150}) {
            QTest::addRow("chk-jmap.test, %d ms", ms) << "chk-jmap.test" << ms;
            QTest::addRow("chk-tlsold.test, %d ms", ms) << "chk-tlsold.test" << ms;
        }
    }

    void endsAtItsDeadline()
    {
        QFETCH(QString, domain);
        QFETCH(int, deadlineMs);
        DomainCheckOptions hurried = options();
        hurried.overallTimeout = std::chrono::milliseconds(deadlineMs);
        DomainCheck check;
        runCheck(check, domain, hurried);
        QCOMPARE(check.areas().size(), DomainCheck::areaNames().size());
    }

    void healthyDomain()
    {
        DomainCheck check;
        runCheck(check, u"chk-healthy.test"_s);
        QCOMPARE(check.worst(), std::optional<Severity>(Severity::Note));
        QCOMPARE(check.servers().size(), 2); // autoconfig and SRV name the same two servers
        for (const DomainCheck::Server& server : check.servers()) {
            QVERIFY2(server.result.passed(), qPrintable(server.result.failure.detail));
            QVERIFY(server.result.encrypted);
            QCOMPARE(server.advertisedBy, (QStringList{u"autoconfig"_s, u"srv"_s}));
        }
        // What it would publish is what it found, with the placeholder back in.
        QVERIFY(check.publishedAutoconfig().contains("<hostname>imap.chk-healthy.test</hostname>"));
        QVERIFY(check.publishedAutoconfig().contains("%EMAILADDRESS%"));
        QVERIFY(check.publishedZone().contains("_imaps._tcp.chk-healthy.test. 3600 IN SRV 0 1 993 "
                                               "imap.chk-healthy.test."));
    }

    // The test account's sign-in for a check (DomainCheckSignIn, of --sign-in and the wizard's Check
    // page) takes its issuer from the domain's own document only: without a usable one it ends with
    // the reason before any browser page is opened or any listener waits.
    void signInRefusedBeforeTheBrowser_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("why");
        QTest::newRow("document does not parse") << u"anna@chk-badxml.test"_s << u"has none over HTTPS"_s;
        QTest::newRow("servers use passwords") << u"anna@chk-healthy.test"_s << u"none of the account’s servers"_s;
        QTest::newRow("no document") << u"anna@chk-oauthlogin.test"_s << u"has none over HTTPS"_s;
    }
    void signInRefusedBeforeTheBrowser()
    {
        QFETCH(QString, address);
        QFETCH(QString, why);
        DomainCheckSignIn signIn;
        signIn.setExtraCaCertificates(m_ca);
        signIn.setTimeout(std::chrono::seconds(8));
        QSignalSpy browser(&signIn, &DomainCheckSignIn::browserUrlReady);
        QSignalSpy finished(&signIn, &DomainCheckSignIn::finished);
        signIn.start(EmailAddress::parse(address));
        QVERIFY(finished.wait(10000) || finished.size() == 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(why), qPrintable(finished.first().at(1).toString()));
        QVERIFY(browser.isEmpty());
        QVERIFY(signIn.accessToken().isEmpty());
        QVERIFY(!signIn.isRunning());
    }

    // The servers only KMail's answer names are probed too; they count as autoconfig's, and come
    // after the servers of the answer to the address, whichever answer came first.
    void serversOfKmailsAnswer()
    {
        DomainCheck check;
        runCheck(check, u"chk-kmail.test"_s);
        QStringList servers;
        for (const DomainCheck::Server& server : check.servers()) {
            QVERIFY2(server.result.passed(), qPrintable(server.result.failure.detail));
            servers.append(u"%1:%2 %3"_s.arg(server.settings.hostname)
                               .arg(server.settings.port)
                               .arg(server.advertisedBy.join(u',')));
        }
        QCOMPARE(servers,
                 (QStringList{u"imap.chk-kmail.test:993 autoconfig,srv"_s, u"smtp.chk-kmail.test:465 autoconfig,srv"_s,
                              u"imap.chk-kmail.test:143 autoconfig"_s, u"smtp.chk-kmail.test:587 autoconfig"_s}));
    }

    // The servers Autodiscover names are probed like the others, and are Outlook's settings; the
    // answers that are not settings are named in the summary and in each finding's detail.
    void autodiscover_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("servers"); // "summary advertisedBy…"
        QTest::addColumn<QString>("outlook");     // Outlook's servers, "" for none
        QTest::addColumn<QString>("summary");     // part of the autodiscover area's summary
        QTest::addColumn<QString>("detail");      // part of the details of its autodiscover.* findings
        const QString imap = u"imap.chk-autodiscover.test:993 (imap, SSL)"_s;
        const QString smtp = u"smtp.chk-autodiscover.test:465 (smtp, SSL)"_s;
        QTest::newRow("same servers") << "chk-autodiscover.test"
                                      << QStringList{imap + u" autoconfig srv autodiscover"_s,
                                                     smtp + u" autoconfig srv autodiscover"_s}
                                      << imap + u", "_s + smtp
                                      << "a POX response with 1 incoming and 1 outgoing server(s)"
                                      << "";
        QTest::newRow("other servers")
            << "chk-addiffers.test"
            << QStringList{u"imap.chk-addiffers.test:993 (imap, SSL) autoconfig srv"_s,
                           u"smtp.chk-addiffers.test:465 (smtp, SSL) autoconfig srv autodiscover"_s,
                           u"imap.chk-addiffers.test:995 (pop3, SSL) autodiscover"_s}
            << "imap.chk-addiffers.test:995 (pop3, SSL), smtp.chk-addiffers.test:465 (smtp, SSL)"
            << "a POX response"
            << "Autodiscover: imap.chk-addiffers.test:995 (pop3, SSL)";
        QTest::newRow("error") << "chk-aderror.test" << QStringList{} << ""
                               << "an error response (500: The email address can't be found.)"
                               << "500: The email address can't be found.";
        QTest::newRow("not POX") << "chk-adnotpox.test" << QStringList{} << ""
                                 << "not an Autodiscover response Outlook reads"
                                 << "The answer is <clientConfig>, not an Autodiscover response";
        QTest::newRow("GET only") << "chk-adgetonly.test" << QStringList{} << ""
                                  << "served to GET only"
                                  << "HTTP status 405 to the POST";
        // The last answer's servers are Outlook's, and are probed.
        const QString other =
            u"imap.chk-autodiscover.test:993 (imap, SSL), smtp.chk-autodiscover.test:465 (smtp, SSL)"_s;
        QTest::newRow("redirects") << "chk-adredirect.test" << QStringList{} << other
                                   << "after 1 redirect(s) (the last: ask again for the address "
                                      "anna@chk-autodiscover.test)"
                                   << "HTTP redirect to https://autodiscover.chk-healthy.test/";
        QTest::newRow("HTTP redirect method")
            << "chk-adhttp.test"
            << QStringList{u"imap.chk-adhttp.test:993 (imap, SSL) autoconfig srv"_s,
                           u"smtp.chk-adhttp.test:465 (smtp, SSL) autoconfig srv"_s,
                           u"imap.chk-autodiscover.test:993 (imap, SSL) autodiscover"_s,
                           u"smtp.chk-autodiscover.test:465 (smtp, SSL) autodiscover"_s}
            << other << "http://autodiscover.chk-adhttp.test/autodiscover/autodiscover.xml: a POX response"
            << "HTTP redirect to https://autodiscover.chk-autodiscover.test/";
    }

    void autodiscover()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, servers);
        QFETCH(QString, outlook);
        QFETCH(QString, summary);
        QFETCH(QString, detail);
        DomainCheck check;
        runCheck(check, domain);
        QStringList probed;
        for (const DomainCheck::Server& server : check.servers()) {
            probed.append(server.settings.summary() + u' ' + server.advertisedBy.join(u' '));
            QVERIFY2(server.result.passed(), qPrintable(server.result.failure.detail));
        }
        if (!servers.isEmpty()) {
            QCOMPARE(probed, servers);
        }
        const ClientOutcome& outlookGets = check.clients().constLast();
        QCOMPARE(outlookGets.client, ClientOutcome::Client::Outlook);
        QCOMPARE(outlookGets.serversText(), outlook);
        QCOMPARE(outlookGets.fallback == ClientOutcome::Fallback::None, !outlook.isEmpty());
        const QList<DomainCheck::Area> areas = check.areas();
        const auto area = std::find_if(areas.cbegin(), areas.cend(),
                                       [](const DomainCheck::Area& a) { return a.name == u"autodiscover"; });
        QVERIFY(area != areas.cend());
        QVERIFY2(area->summary.contains(summary), qPrintable(area->summary));
        QStringList details;
        for (const Finding& finding : check.findings()) {
            if (finding.area() == u"autodiscover") {
                details.append(finding.effect);
            }
        }
        QVERIFY2(detail.isEmpty() ? details.isEmpty() : details.join(u'|').contains(detail),
                 qPrintable(details.join(u'|')));
    }

    // The test account logs in at a server only Autodiscover names, as at the others.
    void autodiscoverServersGetTheLogin()
    {
        DomainCheckOptions withAccount = options();
        withAccount.address = u"anna@chk-addiffers.test"_s;
        withAccount.password = u"anna-secret"_s;
        DomainCheck check;
        runCheck(check, u"chk-addiffers.test"_s, withAccount);
        const auto pop3 = std::find_if(check.servers().cbegin(), check.servers().cend(),
                                       [](const DomainCheck::Server& s) { return s.settings.port == 995; });
        QVERIFY(pop3 != check.servers().cend());
        QCOMPARE(pop3->advertisedBy, QStringList{u"autodiscover"_s});
        QVERIFY(pop3->loginTried);
        QVERIFY(pop3->result.credentialsSent);
        QVERIFY(pop3->result.encrypted);
    }

    // The test account's password never goes to a server that only an Autodiscover answer from
    // elsewhere names (another domain's after a redirect, the HTTP redirect method's, an SRV record's
    // outside the domain: Outlook asks the person first); the domain's own servers get it.
    void noPasswordForAutodiscoverFromElsewhere_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::newRow("redirectAddr to another domain") << "chk-adredirect.test";
        QTest::newRow("HTTP redirect method") << "chk-adhttp.test";
        QTest::newRow("SRV record outside the domain") << "chk-adhops.test";
    }

    void noPasswordForAutodiscoverFromElsewhere()
    {
        QFETCH(QString, domain);
        DomainCheckOptions withAccount = options();
        // A user of the world's Dovecot, which serves every domain: the password would work everywhere.
        withAccount.address = u"anna@"_s + domain;
        withAccount.password = u"anna-secret"_s;
        DomainCheck check;
        runCheck(check, domain, withAccount);
        QStringList got;
        for (const DomainCheck::Server& server : check.servers()) {
            got.append(
                u"%1 %2 %3"_s.arg(server.settings.hostname).arg(server.loginTried).arg(server.result.credentialsSent));
            QVERIFY2(server.result.passed(), qPrintable(server.result.failure.detail));
        }
        QCOMPARE(got, (QStringList{u"imap.%1 1 1"_s.arg(domain), u"smtp.%1 1 1"_s.arg(domain),
                                   u"imap.chk-autodiscover.test 0 0"_s, u"smtp.chk-autodiscover.test 0 0"_s}));
    }

    // What each mail program ends up with on the healthy domain: the four that read autoconfig get
    // its servers over HTTPS, Apple Mail nothing (a profile is the fix), Outlook nothing (no
    // Autodiscover there).
    void clientsOnHealthyDomain()
    {
        DomainCheck check;
        runCheck(check, u"chk-healthy.test"_s);
        QStringList got;
        for (const ClientOutcome& client : check.clients()) {
            got.append(u"%1 %2 %3"_s.arg(ClientOutcome::clientId(client.client), client.source, client.serversText()));
        }
        const QString servers = u"imap.chk-healthy.test:993 (imap, SSL), smtp.chk-healthy.test:465 (smtp, SSL)"_s;
        QCOMPARE(got, (QStringList{u"thunderbird autoconfig "_s + servers, u"kmail autoconfig "_s + servers,
                                   u"evolution autoconfig "_s + servers, u"thunderbird-android autoconfig "_s + servers,
                                   u"apple-mail  "_s, u"outlook  "_s}));
        QCOMPARE(check.clients().at(4).fallback, ClientOutcome::Fallback::Profile);
        QVERIFY(check.clients().at(4).text().contains(u"mobileconfig"_s));
        QCOMPARE(check.clients().at(5).fallback, ClientOutcome::Fallback::AsksUser);
        // KMail asked without the address, Evolution with its own.
        QVERIFY2(!check.clients().at(1).where.contains(u'?'), qPrintable(check.clients().at(1).where));
        QVERIFY2(check.clients().at(2).where.contains(u"EVOLUTIONUSER"_s), qPrintable(check.clients().at(2).where));
    }

    // With a test account each advertised server is logged in to: a refused login is an error of
    // its own, and the servers still count as working for the settings to publish.
    void testAccount_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("loginId");
        QTest::addColumn<int>("worst");       // a Severity
        QTest::addColumn<QString>("summary"); // the end of the server area's summary
        QTest::newRow("right password") << "anna-secret"
                                        << "server.login-ok" << int(Severity::Note)
                                        << "2 of 2 advertised server(s) answer as advertised; the test account "
                                           "logged in at 2 of 2";
        QTest::newRow("wrong password") << "not-her-password"
                                        << "server.login-failed" << int(Severity::Error)
                                        << "2 of 2 advertised server(s) answer as advertised; the test account "
                                           "logged in at 0 of 2";
    }

    void testAccount()
    {
        QFETCH(QString, password);
        QFETCH(QString, loginId);
        QFETCH(int, worst);
        QFETCH(QString, summary);
        DomainCheckOptions withAccount = options();
        withAccount.address = u"anna@chk-healthy.test"_s;
        withAccount.password = password;
        DomainCheck check;
        runCheck(check, u"chk-healthy.test"_s, withAccount);
        QCOMPARE(ids(check), (QStringList{u"autodiscover.missing"_s, loginId}));
        QCOMPARE(check.worst(), std::optional<Severity>(Severity(worst)));
        QStringList subjects;
        for (const Finding& finding : check.findings()) {
            if (finding.id == loginId) {
                subjects.append(finding.subject);
                QVERIFY2(!finding.effect.contains(password) && !finding.fix.contains(password),
                         qPrintable(finding.effect));
            }
        }
        subjects.sort();
        QCOMPARE(subjects.size(), 2); // IMAP and submission, each logged in to
        QVERIFY2(subjects.constFirst().startsWith(u"imap.chk-healthy.test:993"_s), qPrintable(subjects.join(u'|')));
        QVERIFY2(subjects.constLast().startsWith(u"smtp.chk-healthy.test:465"_s), qPrintable(subjects.join(u'|')));
        for (const DomainCheck::Server& server : check.servers()) {
            QVERIFY(server.loginTried);
        }
        QVERIFY(check.publishedAutoconfig().contains("<hostname>imap.chk-healthy.test</hostname>"));
        const QList<DomainCheck::Area> areas = check.areas();
        const auto server =
            std::find_if(areas.cbegin(), areas.cend(), [](const DomainCheck::Area& a) { return a.name == u"server"; });
        QVERIFY(server != areas.cend());
        QCOMPARE(server->summary, summary);
    }

    // With a test account the JMAP session resource is logged in to, at a real JMAP server (Cyrus
    // IMAP behind chk-jmaplogin.test's _jmap._tcp record, tests/servers/cyrus-jmap.sh) whose
    // sasldb has the account: the session object and a Core/echo call, or a refusal. Without a
    // test account there is no login. The password appears in no finding, JSON or HTML.
    void jmapLogin_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("password"); // empty: no test account
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("subject"); // of the jmap.login-* finding
        QTest::addColumn<QString>("detail");  // in its effect
        QTest::addColumn<QString>("summary"); // the end of the jmap area's summary
        const QString asks = u"HTTP status 401: it asks for a login, as a session resource does"_s;
        const QString cyrus = u"https://jmap.chk-jmaplogin.test/.well-known/jmap"_s;
        QTest::newRow("right password")
            << "chk-jmaplogin.test"
            << "anna-secret"
            << QStringList{u"autodiscover.missing"_s, u"jmap.login-ok"_s, u"jmap.offered"_s, u"server.login-ok"_s}
            << cyrus << "user anna@chk-jmaplogin.test, 1 account(s); the API answered a Core/echo call"
            << asks + u"; the test account logged in"_s;
        QTest::newRow("wrong password") << "chk-jmaplogin.test"
                                        << "jmap-wrong-pw"
                                        << QStringList{u"autodiscover.missing"_s, u"jmap.login-failed"_s,
                                                       u"jmap.offered"_s, u"server.login-failed"_s}
                                        << cyrus << "HTTP status 401: the server refused the user name and password"
                                        << asks + u"; the test account could not log in"_s;
        QTest::newRow("no test account") << "chk-jmaplogin.test"
                                         << "" << QStringList{u"autodiscover.missing"_s, u"jmap.offered"_s} << ""
                                         << "" << asks;
        // The well-known address redirects to another host of the domain: the lookup follows, the
        // password does not, so Cyrus there asks for a login and the login does not count.
        QTest::newRow("session at another host")
            << "chk-jmaphop.test"
            << "anna-secret"
            << QStringList{u"autodiscover.missing"_s, u"jmap.login-failed"_s, u"jmap.offered"_s, u"server.login-ok"_s}
            << "https://www.chk-jmaphop.test/.well-known/jmap"
            << "the session resource is at another host (https://jmap.chk-jmaphop.test/jmap), which Portpilot does "
               "not send the password to"
            << asks + u"; the test account could not log in"_s;
    }

    void jmapLogin()
    {
        QFETCH(QString, domain);
        QFETCH(QString, password);
        QFETCH(QStringList, expected);
        QFETCH(QString, subject);
        QFETCH(QString, detail);
        QFETCH(QString, summary);
        DomainCheckOptions withAccount = options();
        if (!password.isEmpty()) {
            withAccount.address = u"anna@"_s + domain;
            withAccount.password = password;
        }
        DomainCheck check;
        runCheck(check, domain, withAccount);
        QCOMPARE(ids(check), expected);
        for (const Finding& finding : check.findings()) {
            if (finding.id.startsWith(u"jmap.login"_s)) {
                QCOMPARE(finding.subject, subject);
                QVERIFY2(finding.effect.contains(u'(' + detail + u')'), qPrintable(finding.effect));
            }
            if (!password.isEmpty()) {
                const QByteArray json = QJsonDocument(finding.toJson()).toJson();
                QVERIFY2(!json.contains(password.toUtf8()), json.constData());
            }
        }
        const QList<DomainCheck::Area> areas = check.areas();
        const auto area =
            std::find_if(areas.cbegin(), areas.cend(), [](const DomainCheck::Area& a) { return a.name == u"jmap"; });
        QVERIFY(area != areas.cend());
        QVERIFY2(area->summary.endsWith(summary), qPrintable(area->summary));
        if (!password.isEmpty()) {
            const QByteArray html = CheckReportHtml::write(check, QDateTime::currentDateTimeUtc(), u"en"_s);
            QVERIFY(html.contains(expected.at(1).toUtf8()));
            QVERIFY(!html.contains(password.toUtf8()));
        }
    }

    // HttpFetcher's Authorization header (the JMAP login's) goes only to the origin asked, over
    // HTTPS: a redirect to the same host keeps it, one to another host (even in the same
    // registrable domain, which HttpFetcher follows) and plain HTTP get none. nginx at
    // *.authredirect.test answers with the header it received.
    void authorizationStaysAtItsOrigin_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("received");
        QTest::newRow("same address") << "https://echo.authredirect.test/show"
                                      << QByteArray("Authorization: Basic YW5uYTpzZWNyZXQ=");
        QTest::newRow("redirect to the same host")
            << "https://echo.authredirect.test/same" << QByteArray("Authorization: Basic YW5uYTpzZWNyZXQ=");
        QTest::newRow("redirect to another host")
            << "https://echo.authredirect.test/other" << QByteArray("Authorization: ");
        QTest::newRow("plain HTTP") << "http://echo.authredirect.test/show" << QByteArray("Authorization: ");
    }

    void authorizationStaysAtItsOrigin()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, received);
        QNetworkAccessManager network;
        HttpFetcher fetcher(&network);
        fetcher.setExtraCaCertificates(m_ca);
        fetcher.setAuthorization("Basic YW5uYTpzZWNyZXQ=");
        QSignalSpy finished(&fetcher, &HttpFetcher::finished);
        fetcher.get(QUrl(url));
        QVERIFY(finished.wait(15000));
        QVERIFY2(fetcher.ok(), qPrintable(fetcher.error()));
        QCOMPARE(fetcher.body(), received);
    }

    // The test account's password never goes to a server that only the plain-HTTP autoconfig
    // names (anyone on the way could have written that document): those get the capability probe.
    void noPasswordForPlainHttpServers()
    {
        DomainCheckOptions withAccount = options();
        withAccount.address = u"anna@chk-httponly.test"_s;
        withAccount.password = u"anna-secret"_s;
        DomainCheck check;
        runCheck(check, u"chk-httponly.test"_s, withAccount);
        QCOMPARE(check.servers().size(), 2);
        for (const DomainCheck::Server& server : check.servers()) {
            QCOMPARE(server.advertisedBy, QStringList{u"http"_s});
            QVERIFY(!server.loginTried);
            QVERIFY(!server.result.credentialsSent);
            QVERIFY2(server.result.passed(), qPrintable(server.result.failure.detail));
        }
        QVERIFY(!ids(check).contains(u"server.login-ok"_s));
        QVERIFY(!ids(check).contains(u"server.login-failed"_s));
        QVERIFY(ids(check).contains(u"autoconfig.http-only"_s));
    }

    // The autoconfig file of a finding's fix, published where clients look, makes it go away.
    void autoconfigFixApplied_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("fixed"); // the first one's fix has the file
        // Once the file is there, every mail program gets the same settings.
        QTest::newRow("not a clientConfig file")
            << "chk-badxml.test" << QStringList{u"autoconfig.parse"_s, u"clients.differ"_s};
        QTest::newRow("only over plain HTTP")
            << "chk-httponly.test" << QStringList{u"autoconfig.http-only"_s, u"clients.differ"_s};
    }

    void autoconfigFixApplied()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, fixed);
        DomainCheck before;
        runCheck(before, domain);
        for (const QString& id : fixed) {
            QVERIFY2(ids(before).contains(id), qPrintable(id));
        }
        const QByteArray file = before.publishedAutoconfig();
        QVERIFY(!file.isEmpty());
        const auto finding = std::find_if(before.findings().cbegin(), before.findings().cend(),
                                          [&](const Finding& f) { return f.id == fixed.constFirst(); });
        QVERIFY(finding->fix.contains(QString::fromUtf8(file)));

        QFile published(u"%1/www/autoconfig.%2/mail/config-v1.1.xml"_s.arg(m_worldDir, domain));
        QVERIFY(QDir().mkpath(QFileInfo(published).absolutePath()));
        QVERIFY(published.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(published.write(file), file.size());
        published.close();

        DomainCheck after;
        runCheck(after, domain);
        QStringList expected = ids(before);
        for (const QString& id : fixed) {
            expected.removeAll(id);
        }
        QCOMPARE(ids(after), expected);
    }

    // The SRV records of the findings' fixes (zone syntax), loaded into the world's DNS, make them
    // go away.
    void dnsFixApplied_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("fixed");
        QTest::addColumn<bool>("replace"); // the records replace the domain's SRV records, or are added
        QTest::newRow("SRV at a host without the service")
            << "chk-srvwrong.test" << QStringList{u"server.unreachable"_s, u"srv.differs"_s} << true;
        QTest::newRow("no SRV records") << "chk-mxother.test" << QStringList{u"srv.missing"_s} << true;
        QTest::newRow("no JMAP record") << "chk-jmapsrv.test" << QStringList{u"jmap.srv-missing"_s} << false;
    }

    void dnsFixApplied()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, fixed);
        QFETCH(bool, replace);
        DomainCheck before;
        runCheck(before, domain);
        QString zone;
        for (const QString& id : fixed) {
            QVERIFY(ids(before).contains(id));
            for (const Finding& finding : before.findings()) {
                if (finding.id == id) {
                    zone += finding.fix + u'\n';
                }
            }
        }

        // dnsmasq takes SRV records as srv-host=NAME,TARGET,PORT,PRIORITY,WEIGHT.
        const QRegularExpression record(uR"(^([^;\s]\S*)\. \d+ IN SRV (\d+) (\d+) (\d+) (\S+)\.$)"_s,
                                        QRegularExpression::MultilineOption);
        QStringList lines;
        for (auto it = record.globalMatch(zone); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString line = u"srv-host=%1,%2,%3,%4,%5"_s.arg(m.captured(1), m.captured(5), m.captured(4),
                                                                  m.captured(2), m.captured(3));
            if (!lines.contains(line)) {
                lines.append(line);
            }
        }
        QVERIFY2(!lines.isEmpty(), qPrintable(zone));
        QFile conf(u"%1/dns.d/%2.conf"_s.arg(m_worldDir, domain));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        for (const QString& line : QString::fromUtf8(conf.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (!replace || !line.startsWith(u"srv-host="_s)) {
                lines.prepend(line); // the records that stay: addresses, MX, and SRV unless replaced
            }
        }
        conf.close();
        QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        conf.write((lines.join(u'\n') + u'\n').toUtf8());
        conf.close();
        QProcess restart;
        restart.start(QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/servers/world/world.sh"),
                      {u"restart-dns"_s, m_worldDir, qEnvironmentVariable("PORTPILOT_WORLD_NETNS")});
        QVERIFY(restart.waitForFinished(30000));
        QCOMPARE(restart.exitCode(), 0);

        DomainCheck after;
        runCheck(after, domain);
        QStringList expected = ids(before);
        for (const QString& id : fixed) {
            expected.removeAll(id);
        }
        QCOMPARE(ids(after), expected);
    }

    // The servers' fix (TLS 1.2 and newer only, Dovecot's default) applied to the world's two old
    // Dovecots: the TLS findings go, the servers pass, and nothing else changes.
    void tlsFixApplied()
    {
        const QStringList domains{u"chk-tlslegacy.test"_s, u"chk-tlsold.test"_s};
        QList<QStringList> before;
        for (const QString& domain : domains) {
            DomainCheck check;
            runCheck(check, domain);
            before.append(ids(check));
            for (const DomainCheck::Server& server : check.servers()) {
                QVERIFY2(server.legacyTlsVersion().startsWith(u"TLS 1."_s), qPrintable(server.settings.summary()));
            }
        }
        QProcess fix;
        fix.start(QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/servers/world/world.sh"),
                  {u"fix-tls"_s, m_worldDir, qEnvironmentVariable("PORTPILOT_WORLD_NETNS")});
        QVERIFY(fix.waitForFinished(60000));
        QCOMPARE(fix.exitCode(), 0);
        for (qsizetype i = 0; i < domains.size(); ++i) {
            DomainCheck check;
            runCheck(check, domains.at(i));
            QStringList expected = before.at(i);
            expected.removeAll(u"server.tls-legacy"_s);
            expected.removeAll(u"server.tls-legacy-only"_s);
            QCOMPARE(ids(check), expected);
            for (const DomainCheck::Server& server : check.servers()) {
                QVERIFY2(server.result.passed(), qPrintable(server.result.failure.detail));
                QCOMPARE(server.legacyTlsVersion(), QString());
            }
        }
    }

    void command_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("worst"); // JSON "worst"; "-" for no JSON (bad input); "html" for the page
        QTest::newRow("healthy: only notes") << QStringList{u"chk-healthy.test"_s} << 0 << "note";
        QTest::newRow("warnings") << QStringList{u"chk-mxother.test"_s} << 1 << "warning";
        QTest::newRow("errors") << QStringList{u"chk-certname.test"_s} << 3 << "error";
        QTest::newRow("not a domain") << QStringList{u"anna@chk-healthy.test"_s} << 2 << "-";
        QTest::newRow("no domain") << QStringList{} << 2 << "-";
        QTest::newRow("two domains") << QStringList{u"chk-healthy.test"_s, u"chk-mxother.test"_s} << 2 << "-";
        QTest::newRow("bad timeout") << QStringList{u"chk-healthy.test"_s, u"--timeout"_s, u"0"_s} << 2 << "-";
        QTest::newRow("unknown format") << QStringList{u"chk-healthy.test"_s, u"--format"_s, u"yaml"_s} << 2 << "-";
        QTest::newRow("html") << QStringList{u"chk-certname.test"_s, u"--format"_s, u"html"_s} << 3 << "html";
    }

    void command()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, worst);
        const bool formatGiven = arguments.contains(u"--format"_s);
        // The row's own options come after the world's, so that a row's --timeout wins.
        const Run run = portpilot(QStringList{u"check"_s} + worldArguments() + arguments +
                                  (formatGiven ? QStringList() : QStringList{u"--format"_s, u"json"_s}));
        QCOMPARE(run.exitCode, exitCode);
        if (worst == u"-") {
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.startsWith("portpilot check: "), run.err.constData());
            return;
        }
        if (worst == u"html") { // the page itself is TestCheckReportHtml's; here: the command makes it
            QVERIFY2(run.out.startsWith("<!DOCTYPE html>\n<html lang=\"en\""), run.out.left(200).constData());
            QVERIFY(run.out.contains("<meta http-equiv=\"Content-Security-Policy\""));
            QVERIFY(run.out.contains("<code>autoconfig.certificate-name</code>"));
            QVERIFY(run.out.contains("<th>Thunderbird for Android</th>"));
            QVERIFY(run.out.contains(arguments.constFirst().toUtf8()));
            return;
        }
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(u"schema"_s).toString(), u"portpilot-check/1"_s);
        QCOMPARE(report.value(u"domain"_s).toString(), arguments.constFirst());
        QCOMPARE(report.value(u"findings"_s).toArray().isEmpty(), false);
        QCOMPARE(report.value(u"worst"_s).toString(), worst);
        QCOMPARE(report.value(u"exitStatus"_s).toInt(), exitCode);
        QStringList areas;
        for (const QJsonValue& area : report.value(u"areas"_s).toArray()) {
            areas.append(area.toObject().value(u"name"_s).toString());
        }
        QCOMPARE(areas, DomainCheck::areaNames());
        QStringList clients;
        for (const QJsonValue& client : report.value(u"clients"_s).toArray()) {
            clients.append(client.toObject().value(u"client"_s).toString());
            QVERIFY(!client.toObject().value(u"summary"_s).toString().isEmpty());
        }
        QCOMPARE(clients, (QStringList{u"thunderbird"_s, u"kmail"_s, u"evolution"_s, u"thunderbird-android"_s,
                                       u"apple-mail"_s, u"outlook"_s}));

        // The same findings as the core reports, with every field.
        DomainCheck check;
        runCheck(check, arguments.constFirst());
        const QJsonArray findings = report.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), check.findings().size());
        for (qsizetype i = 0; i < findings.size(); ++i) {
            QCOMPARE(findings.at(i).toObject(), check.findings().at(i).toJson());
        }
    }

    void commandWithTestAccount_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("login"); // each server's JSON "login"; "-" for bad input
        const QStringList anna{u"--address"_s, u"anna@chk-healthy.test"_s, u"--password-stdin"_s};
        QTest::newRow("right password") << anna << QByteArray("anna-secret\n") << 0 << "ok";
        QTest::newRow("wrong password") << anna << QByteArray("wrong-secret\n") << 3 << "failed";
        QTest::newRow("no password on stdin") << anna << QByteArray() << 2 << "-";
        QTest::newRow("address at another domain")
            << QStringList{u"--address"_s, u"anna@chk-mxother.test"_s, u"--password-stdin"_s}
            << QByteArray("anna-secret\n") << 2 << "-";
        // An account whose servers all use OAuth2 needs no password: the password servers are probed
        // without a login then.
        QTest::newRow("address without password")
            << QStringList{u"--address"_s, u"anna@chk-healthy.test"_s} << QByteArray() << 0 << "";
        QTest::newRow("password without address")
            << QStringList{u"--password-stdin"_s} << QByteArray("anna-secret\n") << 2 << "-";
    }

    void commandWithTestAccount()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, login);
        const Run run = portpilot(QStringList{u"check"_s, u"chk-healthy.test"_s, u"--format"_s, u"json"_s} +
                                      worldArguments() + arguments,
                                  input);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.out.contains("secret") && !run.err.contains("secret")); // the password is never printed
        if (login == u"-") {
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.startsWith("portpilot check: "), run.err.constData());
            return;
        }
        const QJsonArray servers = QJsonDocument::fromJson(run.out).object().value(u"servers"_s).toArray();
        QCOMPARE(servers.size(), 2);
        for (const QJsonValue& server : servers) {
            QCOMPARE(server.toObject().value(u"login"_s).toString(), login);
        }
    }

    // End to end: `portpilot check chk-jmaplogin.test --address … --password-stdin` logs in to the
    // real JMAP server; every format reports it and none prints the password.
    void commandJmapLogin_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("loginId");
        QTest::newRow("right password, JSON") << QByteArray("anna-secret") << "json" << 0 << "jmap.login-ok";
        QTest::newRow("wrong password, JSON") << QByteArray("jmap-wrong-pw") << "json" << 3 << "jmap.login-failed";
        QTest::newRow("wrong password, text") << QByteArray("jmap-wrong-pw") << "text" << 3 << "jmap.login-failed";
        QTest::newRow("wrong password, HTML") << QByteArray("jmap-wrong-pw") << "html" << 3 << "jmap.login-failed";
    }

    void commandJmapLogin()
    {
        QFETCH(QByteArray, password);
        QFETCH(QString, format);
        QFETCH(int, exitCode);
        QFETCH(QString, loginId);
        const Run run =
            portpilot(QStringList{u"check"_s, u"chk-jmaplogin.test"_s, u"--format"_s, format} + worldArguments() +
                          QStringList{u"--address"_s, u"anna@chk-jmaplogin.test"_s, u"--password-stdin"_s},
                      password + '\n');
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.out.contains(password) && !run.err.contains(password));
        if (format != u"json") {
            QVERIFY2(run.out.contains(loginId.toUtf8()), run.out.constData());
            return;
        }
        QStringList ids;
        for (const QJsonValue& finding : QJsonDocument::fromJson(run.out).object().value(u"findings"_s).toArray()) {
            if (finding.toObject().value(u"id"_s).toString().startsWith(u"jmap."_s)) {
                ids.append(finding.toObject().value(u"id"_s).toString());
            }
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{loginId, u"jmap.offered"_s}));
    }

    void textAndOutputFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"report.json"_s);
        const Run written =
            portpilot(QStringList{u"check"_s, u"chk-mxother.test"_s, u"--format"_s, u"json"_s, u"--output"_s, file} +
                      worldArguments());
        QCOMPARE(written.exitCode, 1);
        QVERIFY(written.out.isEmpty());
        QFile report(file);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(report.readAll()).object().value(u"worst"_s).toString(), u"warning"_s);

        // Text: one summary line per area; no colours when stdout is not a terminal.
        const Run text = portpilot(QStringList{u"check"_s, u"chk-mxother.test"_s} + worldArguments());
        QCOMPARE(text.exitCode, 1);
        QVERIFY(!text.out.contains('\x1b'));
        const QString out = QString::fromUtf8(text.out);
        for (const QString& area : DomainCheck::areaNames()) {
            QVERIFY2(out.contains(QRegularExpression(u"^. %1 "_s.arg(area), QRegularExpression::MultilineOption)),
                     qPrintable(area));
        }
        QVERIFY(out.contains(u"WARNING mx.provider-mismatch"_s));
        QVERIFY2(out.contains(QRegularExpression(u"^  KMail: +imap\\.chk-mxother\\.test:993 \\(imap, SSL\\)"_s,
                                                 QRegularExpression::MultilineOption)),
                 qPrintable(out));
        QVERIFY(out.contains(u"  Apple Mail:"_s));
    }
};

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "TestDomainCheck.moc"
