#include "CheckReportHtml.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Portpilot;
using namespace Qt::StringLiterals;

// `portpilot check --format html` (CheckReportHtml): the page is well-formed XHTML, loads nothing,
// runs nothing and links nothing, whatever the servers, DNS or documents said; every finding is on
// it with its id, and hostile text shows as text.
class TestCheckReportHtml : public QObject
{
    Q_OBJECT

private:
    static Finding finding(const QString& id, Severity severity, const QString& subject, const QString& effect,
                           const QString& fix)
    {
        Finding f;
        f.id = id;
        f.severity = severity;
        f.subject = subject;
        f.effect = effect;
        f.fix = fix;
        return f;
    }

private Q_SLOTS:
    void page_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("summary"); // the summary of every area
        QTest::addColumn<QList<Finding>>("findings");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lang"); // expected <html lang>

        const QString script = u"<script>alert(1)</script>"_s;
        QTest::newRow("script in the subject")
            << "example.org"
            << "found"
            << QList<Finding>{finding(u"server.unreachable"_s, Severity::Error, script, u"no answer"_s, u"start it"_s)}
            << "en"
            << "en";
        QTest::newRow("fix closes its pre and opens a link")
            << "example.org"
            << "found"
            << QList<Finding>{finding(u"autoconfig.parse"_s, Severity::Error, u"https://autoconfig.example.org/"_s,
                                      u"no settings"_s,
                                      u"Publish this:\n\n</pre><a href=\"javascript:x\">click</a><pre>"_s),
                              finding(u"srv.differs"_s, Severity::Warning, u"_imaps._tcp.example.org"_s,
                                      u"other host"_s, u"Records:\n\n_imaps._tcp 3600 IN SRV 0 1 993 <a href=x>"_s)}
            << "is"
            << "is";
        QTest::newRow("server text with markup, quotes and entities")
            << "example.org"
            << "<img src=\"http://evil.test/x.png\"> & &amp; ' \" ]]> <!-- x"
            << QList<Finding>{finding(u"server.protocol-error"_s, Severity::Error, u"imap.example.org:993"_s,
                                      u"The server said: <style>@import url(https://evil.test/a.css)</style>"
                                      u"<iframe src=\"https://evil.test\"></iframe>"_s,
                                      u"<base href=\"https://evil.test/\"/>"_s),
                              finding(u"mx.missing"_s, Severity::Note, u"example.org \"onload=\"x"_s,
                                      u"<![CDATA[ x ]]>"_s, u"&lt;not an entity&gt;"_s)}
            << "en"
            << "en";
        QTest::newRow("hostile domain and language")
            << "\"><script src=https://evil.test/a.js></script>"
            << "found" << QList<Finding>{finding(u"autodiscover.missing"_s, Severity::Note, u"x"_s, u"y"_s, u"z"_s)}
            << "en\" onload=\"alert(1)"
            << "en";
        QTest::newRow("nothing to report") << "example.org"
                                           << "fine" << QList<Finding>{} << "is"
                                           << "is";
    }

    void page()
    {
        QFETCH(QString, domain);
        QFETCH(QString, summary);
        QFETCH(QList<Finding>, findings);
        QFETCH(QString, language);
        QFETCH(QString, lang);
        QList<DomainCheck::Area> areas;
        for (const QString& name : DomainCheck::areaNames()) {
            areas.append({name, summary});
        }
        // What each mail program gets, with the server names and addresses as hostile as the summary.
        QList<ClientOutcome> clients;
        ClientSources sources;
        Account account;
        ServerSettings incoming;
        incoming.hostname = summary;
        account.incoming = {incoming};
        sources.autoconfig.settings = account;
        sources.autoconfig.where = domain;
        sources.autodiscover.answers = true;
        sources.autodiscover.where = summary;
        clients = ClientOutcome::compute(sources);
        const QDateTime when(QDate(2026, 12, 4), QTime(0, 53, 12), Qt::UTC);
        const QByteArray html = CheckReportHtml::write(domain, areas, findings, when, language, clients);
        const QString page = QString::fromUtf8(html);

        // Nothing that runs or links, as markup: the hostile text is there only escaped.
        for (const QString& tag :
             {u"<script"_s, u"<a "_s, u"<img"_s, u"<iframe"_s, u"<base"_s, u"<link"_s, u"<![CDATA["_s, u"<!--"_s}) {
            QVERIFY2(!page.contains(tag, Qt::CaseInsensitive), qPrintable(tag));
        }
        QVERIFY(page.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                              u"style-src 'unsafe-inline'\" />"_s));

        // Well-formed: read to the end as XML, with only the elements and attributes the writer
        // makes, no attribute holding an address or a script, and the hostile text as text.
        const QStringList elements{u"html"_s, u"head"_s, u"meta"_s, u"title"_s, u"style"_s, u"body"_s, u"h1"_s,
                                   u"h2"_s,   u"h3"_s,   u"p"_s,    u"time"_s,  u"table"_s, u"tr"_s,   u"th"_s,
                                   u"td"_s,   u"span"_s, u"code"_s, u"div"_s,   u"pre"_s};
        const QStringList attributes{u"lang"_s, u"charset"_s, u"http-equiv"_s, u"content"_s,
                                     u"name"_s, u"class"_s,   u"datetime"_s};
        QXmlStreamReader reader(html);
        QString text;
        QString htmlLang;
        QString style;
        bool inStyle = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                QVERIFY2(elements.contains(reader.name().toString()), qPrintable(reader.name().toString()));
                for (const QXmlStreamAttribute& attribute : reader.attributes()) {
                    const QString value = attribute.value().toString();
                    QVERIFY2(attributes.contains(attribute.name().toString()) ||
                                 attribute.qualifiedName() == u"xml:lang",
                             qPrintable(attribute.qualifiedName().toString()));
                    QVERIFY2(!value.contains(u"http"_s, Qt::CaseInsensitive), qPrintable(value));
                    QVERIFY2(!value.contains(u"javascript"_s, Qt::CaseInsensitive), qPrintable(value));
                    QVERIFY2(!value.contains(u'<') && !value.contains(u'"'), qPrintable(value));
                }
                if (reader.name() == u"html") {
                    htmlLang = reader.attributes().value(u"lang"_s).toString();
                }
            } else if (reader.isCharacters()) {
                text += reader.text();
                if (reader.name().isEmpty() && inStyle) {
                    style += reader.text();
                }
            }
            if (reader.isStartElement() || reader.isEndElement()) {
                inStyle = reader.isStartElement() && reader.name() == u"style";
            }
        }
        QVERIFY2(
            !reader.hasError(),
            qPrintable(u"%1 at %2:%3"_s.arg(reader.errorString()).arg(reader.lineNumber()).arg(reader.columnNumber())));
        QCOMPARE(htmlLang, lang);
        // The style sheet loads nothing.
        QVERIFY(!style.isEmpty());
        for (const QString& word : {u"url("_s, u"@import"_s, u"http"_s}) {
            QVERIFY2(!style.contains(word, Qt::CaseInsensitive), qPrintable(word));
        }

        // Everything is on the page, as the text it was.
        QVERIFY(text.contains(domain));
        QVERIFY(text.contains(u"2026-12-04T00:53:12Z"_s));
        QVERIFY(text.contains(summary));
        for (const Finding& f : findings) {
            QVERIFY2(text.contains(f.id), qPrintable(f.id));
            QVERIFY(text.contains(f.subject));
            QVERIFY(text.contains(f.effect));
            for (const QString& part : f.fix.split(u"\n\n"_s)) {
                QVERIFY2(text.contains(part), qPrintable(part));
            }
            // The severity as a word, not only as a colour.
            QVERIFY(text.contains(Finding::severityText(f.severity)));
        }
        if (findings.isEmpty()) {
            QVERIFY(text.contains(u"Nothing to report."_s));
        }
        for (const ClientOutcome& client : clients) {
            QVERIFY(text.contains(ClientOutcome::clientName(client.client)));
            QVERIFY2(text.contains(client.text()), qPrintable(client.text()));
        }

        // And xmllint, where it is installed, agrees that it is well-formed.
        const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
        if (!xmllint.isEmpty()) {
            QTemporaryFile file;
            QVERIFY(file.open());
            file.write(html);
            file.close();
            QProcess lint;
            lint.start(xmllint, {u"--noout"_s, u"--nonet"_s, file.fileName()});
            QVERIFY(lint.waitForFinished(30000));
            QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckReportHtml)
#include "TestCheckReportHtml.moc"
