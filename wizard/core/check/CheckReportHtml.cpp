#include "CheckReportHtml.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

// No url(), no @import: the page loads nothing (and its Content-Security-Policy would refuse it).
constexpr auto Style =
    R"(body { font-family: sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.4em; }
h2 { font-size: 1.1em; margin: 0 0 0.4em 0; }
table.areas { border-collapse: collapse; }
table.areas td, table.areas th { padding: 0.2em 0.6em; text-align: left; vertical-align: top; border-bottom: 1px solid #ddd; }
.finding { border: 1px solid #ccc; border-left-width: 6px; border-radius: 4px; padding: 0.6em 1em; margin: 1em 0; }
.finding.error { border-left-color: #b00020; }
.finding.warning { border-left-color: #b36b00; }
.finding.note { border-left-color: #2e7d32; }
.badge { display: inline-block; padding: 0.1em 0.5em; border-radius: 3px; color: #fff; font-size: 0.85em; font-weight: bold; text-transform: uppercase; }
.badge.error, .mark.error { background: #b00020; }
.badge.warning, .mark.warning { background: #8a5300; }
.badge.note, .mark.note { background: #2e7d32; }
.mark { color: #fff; font-weight: bold; padding: 0 0.4em; border-radius: 3px; }
.subject, code { font-family: monospace; overflow-wrap: anywhere; }
p { white-space: pre-wrap; }
pre { background: #f4f4f4; border: 1px solid #ddd; padding: 0.6em; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
)";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString safeLanguage(const QString& language)
{
    static const QRegularExpression tag(u"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"_s);
    return tag.match(language).hasMatch() ? language : u"en"_s;
}

QString areaLine(const DomainCheck::Area& area, std::optional<Severity> worst)
{
    // The mark says it without colour, as the text format's ✓ ! ✗.
    const QString mark = !worst || *worst == Severity::Note ? u"✓"_s : *worst == Severity::Warning ? u"!"_s : u"✗"_s;
    const QString cls = !worst ? u"note"_s : Finding::severityName(*worst);
    return u"<tr><td><span class=\"mark %1\">%2</span></td><th><code>%3</code></th><td>%4</td></tr>\n"_s.arg(
        cls, mark, escaped(area.name), escaped(area.summary));
}

QString findingSection(const Finding& finding)
{
    const QString severity = Finding::severityName(finding.severity);
    QString html = u"<div class=\"finding %1\">\n"_s.arg(severity);
    html += u"<h2><span class=\"badge %1\">%2</span> <code>%3</code></h2>\n"_s.arg(
        severity, escaped(Finding::severityText(finding.severity)), escaped(finding.id));
    //: %1 is what the finding is about: a web address, a DNS record or host:port
    html += u"<p>%1</p>\n"_s.arg(CheckReportHtml::tr("About: %1")
                                     .toHtmlEscaped()
                                     .arg(u"<span class=\"subject\">%1</span>"_s.arg(escaped(finding.subject))));
    //: what a mail program will do because of the finding
    html += u"<h3>%1</h3>\n<p>%2</p>\n"_s.arg(escaped(CheckReportHtml::tr("What mail programs do")),
                                              escaped(finding.effect));
    // The fix: a sentence, then (after an empty line) the records or the file to publish.
    const qsizetype split = finding.fix.indexOf(u"\n\n"_s);
    const QString sentence = split < 0 ? finding.fix : finding.fix.left(split);
    html += u"<h3>%1</h3>\n<p>%2</p>\n"_s.arg(escaped(CheckReportHtml::tr("Fix")), escaped(sentence));
    if (split >= 0) {
        html += u"<pre>%1</pre>\n"_s.arg(escaped(finding.fix.mid(split + 2)));
    }
    return html + u"</div>\n"_s;
}

} // namespace

QByteArray CheckReportHtml::write(const DomainCheck& check, const QDateTime& checkedAt, const QString& language)
{
    return write(check.domain(), check.areas(), check.findings(), checkedAt, language, check.clients());
}

QByteArray CheckReportHtml::write(const QString& domain, const QList<DomainCheck::Area>& areas,
                                  const QList<Finding>& findings, const QDateTime& checkedAt, const QString& language,
                                  const QList<ClientOutcome>& clients)
{
    const QString lang = safeLanguage(language);
    const QString when = checkedAt.toUTC().toString(Qt::ISODate);
    //: the title of the HTML report; %1 is a domain name
    const QString title = tr("What mail programs find on %1").arg(domain);
    QString html;
    html += u"<!DOCTYPE html>\n"_s;
    html += u"<html lang=\"%1\" xml:lang=\"%1\">\n<head>\n"_s.arg(lang);
    html += u"<meta charset=\"utf-8\" />\n"_s;
    html +=
        u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\" />\n"_s;
    html += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"_s;
    html += u"<meta name=\"generator\" content=\"Portpilot\" />\n"_s;
    html +=
        u"<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n"_s.arg(escaped(title), QString::fromUtf8(Style));
    html += u"<h1>%1</h1>\n"_s.arg(escaped(title));
    //: %1 is the date and time of the check (UTC, ISO 8601)
    html += u"<p>%1</p>\n"_s.arg(
        tr("Checked at %1 by Portpilot.").toHtmlEscaped().arg(u"<time datetime=\"%1\">%1</time>"_s.arg(escaped(when))));

    html += u"<table class=\"areas\">\n"_s;
    for (const DomainCheck::Area& area : areas) {
        html += areaLine(area, Finding::worst(findings, area.name));
    }
    html += u"</table>\n"_s;

    if (!clients.isEmpty()) {
        html += u"<h2>%1</h2>\n<table class=\"areas\">\n"_s.arg(escaped(tr("What each mail program gets")));
        for (const ClientOutcome& client : clients) {
            html += u"<tr><th>%1</th><td>%2</td></tr>\n"_s.arg(escaped(ClientOutcome::clientName(client.client)),
                                                               escaped(client.text()));
        }
        html += u"</table>\n"_s;
    }

    if (findings.isEmpty()) {
        html += u"<p>%1</p>\n"_s.arg(escaped(tr("Nothing to report.")));
    } else {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (const Finding& finding : findings) {
            (finding.severity == Severity::Error ? errors : finding.severity == Severity::Warning ? warnings : notes)++;
        }
        //: %1, %2, %3 are numbers
        html += u"<p>%1</p>\n"_s.arg(
            escaped(tr("%1 error(s), %2 warning(s), %3 note(s).").arg(errors).arg(warnings).arg(notes)));
        for (const Finding& finding : findings) {
            html += findingSection(finding);
        }
    }
    html += u"</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace Portpilot
