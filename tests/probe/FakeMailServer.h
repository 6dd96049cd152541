#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

// A scripted mail server for adversarial cases a real server cannot produce. It answers each
// command from a list of (verb, reply) pairs, can switch to TLS after a chosen verb, and records
// every byte it received (before and after TLS) so tests can prove no credential was sent.
class FakeMailServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Dialect
    {
        Imap, // the verb is the second word ("A1 CAPABILITY")
        Pop3, // the verb is the first word
        Smtp,
    };
    enum class Special
    {
        None,
        CloseOnConnect,    // hang up before the TLS handshake (implicit TLS) or the greeting
        CloseMidHandshake, // implicit TLS: read the ClientHello, then hang up
        Drip,              // send the greeting one byte every 300 ms
        HugeLine,          // send 10 MB without a line break
        EndlessLines,      // send the greeting followed by 20000 continuation lines
    };

    Dialect dialect = Dialect::Imap;
    bool implicitTls = false;
    QByteArray greeting;
    QList<QPair<QByteArray, QByteArray>> replies; // verb (upper case) -> reply; "$TAG" is replaced
    QByteArray tlsAfter;                          // verb after whose reply the server starts TLS
    QSslCertificate certificate;
    QSslKey key;
    Special special = Special::None;
    QByteArray continueForever; // when set, the answer to every line after a continuation request
    int replyDelayMs = 0;       // wait this long before each reply (not with tlsAfter)

    QByteArray received;        // everything the client sent, decrypted
    QList<QByteArray> commands; // received lines

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void send(const QByteArray& bytes);
    void onReadyRead();
    void handleLine(const QByteArray& line);

    QPointer<QSslSocket> m_socket;
    QByteArray m_buffer;
    bool m_lastWasContinuation = false;
    QByteArray m_tag;
    bool m_skipNextLine = false;
    QByteArray m_drip;
    QTimer m_dripTimer;
};
