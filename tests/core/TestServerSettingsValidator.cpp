#include "ServerSettingsValidator.h"

#include <QTest>

using namespace Portpilot;

Q_DECLARE_METATYPE(Portpilot::ServerSettingsValidator::Field)
Q_DECLARE_METATYPE(Portpilot::ServerSettings)

// Validation of typed server settings and the port that follows the security choice.
class TestServerSettingsValidator : public QObject
{
    Q_OBJECT

private slots:
    void portAfterSecurityChange_data();
    void portAfterSecurityChange();
    void hostname_data();
    void hostname();
    void parsePort_data();
    void parsePort();
    void check_data();
    void check();
};

void TestServerSettingsValidator::portAfterSecurityChange_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<SocketType>("from");
    QTest::addColumn<SocketType>("to");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("expected");

    QTest::newRow("imap ssl->starttls") << Protocol::Imap << SocketType::Ssl << SocketType::StartTls << 993 << 143;
    QTest::newRow("imap starttls->ssl") << Protocol::Imap << SocketType::StartTls << SocketType::Ssl << 143 << 993;
    QTest::newRow("imap plain->ssl") << Protocol::Imap << SocketType::Plain << SocketType::Ssl << 143 << 993;
    QTest::newRow("imap nothing typed") << Protocol::Imap << SocketType::Ssl << SocketType::StartTls << 0 << 143;
    QTest::newRow("imap typed port kept")
        << Protocol::Imap << SocketType::Ssl << SocketType::StartTls << 10993 << 10993;
    QTest::newRow("pop3 ssl->starttls") << Protocol::Pop3 << SocketType::Ssl << SocketType::StartTls << 995 << 110;
    QTest::newRow("pop3 starttls->ssl") << Protocol::Pop3 << SocketType::StartTls << SocketType::Ssl << 110 << 995;
    QTest::newRow("pop3 typed port kept") << Protocol::Pop3 << SocketType::StartTls << SocketType::Ssl << 1110 << 1110;
    QTest::newRow("smtp ssl->starttls") << Protocol::Smtp << SocketType::Ssl << SocketType::StartTls << 465 << 587;
    QTest::newRow("smtp starttls->ssl") << Protocol::Smtp << SocketType::StartTls << SocketType::Ssl << 587 << 465;
    QTest::newRow("smtp 25 starttls->ssl") << Protocol::Smtp << SocketType::StartTls << SocketType::Ssl << 25 << 465;
    QTest::newRow("smtp typed port kept") << Protocol::Smtp << SocketType::Ssl << SocketType::StartTls << 2525 << 2525;
    // A mismatched port (SSL on 143) was the person's own choice.
    QTest::newRow("mismatch kept") << Protocol::Imap << SocketType::Ssl << SocketType::StartTls << 143 << 143;
}

void TestServerSettingsValidator::portAfterSecurityChange()
{
    QFETCH(Protocol, protocol);
    QFETCH(SocketType, from);
    QFETCH(SocketType, to);
    QFETCH(int, current);
    QFETCH(int, expected);
    QCOMPARE(int(ServerSettingsValidator::portAfterSecurityChange(protocol, from, to, quint16(current))), expected);
}

void TestServerSettingsValidator::hostname_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("plain") << "imap.example.com" << true << "";
    QTest::newRow("idn") << "póstur.bækur.is" << true << "";
    QTest::newRow("ipv4") << "127.0.0.20" << true << "";
    QTest::newRow("ipv6") << "::1" << true << "";
    QTest::newRow("spaces around") << "  imap.example.com " << true << "";
    QTest::newRow("empty") << "" << false << "imap.example.com";
    QTest::newRow("address") << "anna@example.com" << false << "email address";
    QTest::newRow("url") << "imaps://imap.example.com" << false << "://";
    QTest::newRow("port appended") << "imap.example.com:993" << false << "port";
    QTest::newRow("bad characters") << "imap_example!.com" << false << "not a valid";
    QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << false << "not a valid";
}

void TestServerSettingsValidator::hostname()
{
    QFETCH(QString, host);
    QFETCH(bool, ok);
    QFETCH(QString, messageContains);
    const QString problem = ServerSettingsValidator::hostnameProblem(host);
    QCOMPARE(problem.isEmpty(), ok);
    QVERIFY2(problem.contains(messageContains), qPrintable(problem));
}

void TestServerSettingsValidator::parsePort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("port");
    QTest::newRow("993") << "993" << 993;
    QTest::newRow("spaces") << " 587 " << 587;
    QTest::newRow("max") << "65535" << 65535;
    QTest::newRow("zero") << "0" << 0;
    QTest::newRow("too big") << "65536" << 0;
    QTest::newRow("negative") << "-1" << 0;
    QTest::newRow("letters") << "imap" << 0;
    QTest::newRow("empty") << "" << 0;
}

void TestServerSettingsValidator::parsePort()
{
    QFETCH(QString, text);
    QFETCH(int, port);
    QString error;
    QCOMPARE(int(ServerSettingsValidator::parsePort(text, &error)), port);
    QCOMPARE(error.isEmpty(), port != 0);
}

void TestServerSettingsValidator::check_data()
{
    QTest::addColumn<ServerSettings>("server");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QList<ServerSettingsValidator::Field>>("fields");

    auto make = [](Protocol p, const QString& host, int port, SocketType s, AuthMethod a) {
        ServerSettings server;
        server.protocol = p;
        server.hostname = host;
        server.port = quint16(port);
        server.socketType = s;
        server.authMethods = {a};
        return server;
    };
    using F = ServerSettingsValidator::Field;
    QTest::newRow("good imap") << make(Protocol::Imap, QStringLiteral("imap.example.com"), 993, SocketType::Ssl,
                                       AuthMethod::PasswordCleartext)
                               << true << QList<F>{};
    QTest::newRow("no host") << make(Protocol::Imap, QString(), 993, SocketType::Ssl, AuthMethod::PasswordCleartext)
                             << false << QList<F>{F::Hostname};
    QTest::newRow("no port") << make(Protocol::Smtp, QStringLiteral("smtp.example.com"), 0, SocketType::Ssl,
                                     AuthMethod::PasswordCleartext)
                             << false << QList<F>{F::Port};
    QTest::newRow("plain password warns") << make(Protocol::Imap, QStringLiteral("imap.example.com"), 143,
                                                  SocketType::Plain, AuthMethod::PasswordCleartext)
                                          << true << QList<F>{F::Security};
    QTest::newRow("ssl on 143 warns") << make(Protocol::Imap, QStringLiteral("imap.example.com"), 143, SocketType::Ssl,
                                              AuthMethod::PasswordCleartext)
                                      << true << QList<F>{F::Port};
    QTest::newRow("smtp 25 warns") << make(Protocol::Smtp, QStringLiteral("smtp.example.com"), 25, SocketType::StartTls,
                                           AuthMethod::PasswordCleartext)
                                   << true << QList<F>{F::Port};
    QTest::newRow("smtp-only auth on imap")
        << make(Protocol::Imap, QStringLiteral("imap.example.com"), 993, SocketType::Ssl, AuthMethod::ClientIpAddress)
        << false << QList<F>{F::Authentication};
    QTest::newRow("oauth2 over ssl") << make(Protocol::Imap, QStringLiteral("imap.example.com"), 993, SocketType::Ssl,
                                             AuthMethod::OAuth2)
                                     << true << QList<F>{};
    QTest::newRow("oauth2 needs encryption")
        << make(Protocol::Imap, QStringLiteral("imap.example.com"), 143, SocketType::Plain, AuthMethod::OAuth2) << false
        << QList<F>{F::Security, F::Security};
    ServerSettings badUser =
        make(Protocol::Imap, QStringLiteral("imap.example.com"), 993, SocketType::Ssl, AuthMethod::PasswordCleartext);
    badUser.username = QStringLiteral("anna\r\nA1 LOGOUT");
    QTest::newRow("line break in user name") << badUser << false << QList<F>{F::Username};
}

void TestServerSettingsValidator::check()
{
    QFETCH(ServerSettings, server);
    QFETCH(bool, usable);
    QFETCH(QList<ServerSettingsValidator::Field>, fields);
    const auto problems = ServerSettingsValidator::check(server);
    QList<ServerSettingsValidator::Field> found;
    for (const auto& problem : problems) {
        QVERIFY(!problem.message.isEmpty());
        found.append(problem.field);
    }
    QCOMPARE(found, fields);
    QCOMPARE(ServerSettingsValidator::isUsable(server), usable);
}

QTEST_GUILESS_MAIN(TestServerSettingsValidator)
#include "TestServerSettingsValidator.moc"
