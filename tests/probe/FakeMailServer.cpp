#include "FakeMailServer.h"

void FakeMailServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_socket = socket;
    socket->setLocalCertificate(certificate);
    socket->setPrivateKey(key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certificates
    connect(socket, &QSslSocket::readyRead, this, &FakeMailServer::onReadyRead);
    if (special == Special::CloseMidHandshake) {
        disconnect(socket, &QSslSocket::readyRead, this, &FakeMailServer::onReadyRead);
        connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            received += socket->readAll(); // the ClientHello
            socket->close();
        });
        return;
    }
    if (special == Special::CloseOnConnect) {
        socket->close();
        return;
    }
    auto sendGreeting = [this] {
        if (special == Special::Drip) {
            m_drip = greeting;
            connect(&m_dripTimer, &QTimer::timeout, this, [this] {
                if (m_drip.isEmpty() || !m_socket) {
                    m_dripTimer.stop();
                    return;
                }
                m_socket->write(m_drip.left(1));
                m_drip.remove(0, 1);
            });
            m_dripTimer.start(300);
            return;
        }
        if (special == Special::HugeLine) {
            send(greeting + QByteArray(10 * 1024 * 1024, 'A'));
            return;
        }
        if (special == Special::EndlessLines) {
            QByteArray lines = greeting;
            for (int i = 0; i < 20000; ++i) {
                lines += dialect == Dialect::Imap ? "* OK still greeting\r\n" : "220-still greeting\r\n";
            }
            send(lines);
            return;
        }
        send(greeting);
    };
    if (implicitTls) {
        connect(socket, &QSslSocket::encrypted, this, sendGreeting);
        socket->startServerEncryption();
    } else {
        sendGreeting();
    }
}

void FakeMailServer::send(const QByteArray& bytes)
{
    if (m_socket) {
        m_socket->write(bytes);
    }
}

void FakeMailServer::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    const QByteArray bytes = m_socket->readAll();
    received += bytes;
    m_buffer += bytes;
    qsizetype newline;
    while ((newline = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 2);
        commands.append(line);
        handleLine(line);
    }
}

void FakeMailServer::handleLine(const QByteArray& line)
{
    if (m_skipNextLine) {
        m_skipNextLine = false; // the body of a non-synchronizing literal (LITERAL+)
        return;
    }
    m_skipNextLine = dialect == Dialect::Imap && line.endsWith("+}");
    const QList<QByteArray> words = line.split(' ');
    QByteArray tag;
    QByteArray verb;
    if (dialect == Dialect::Imap) {
        // Data after a continuation belongs to the command that asked for it, and so does its tag.
        tag = m_lastWasContinuation ? m_tag : words.value(0);
        m_tag = tag;
        verb = words.value(1).toUpper();
    } else {
        verb = words.value(0).toUpper();
    }
    QByteArray reply;
    bool found = false;
    // A line after a continuation request is data (literal, SASL answer): it takes the "+" entry.
    const QByteArray key = m_lastWasContinuation ? QByteArray("+") : verb;
    if (key == "+" && !continueForever.isEmpty()) {
        reply = continueForever;
        found = true;
    }
    for (qsizetype i = 0; !found && i < replies.size(); ++i) {
        if (replies.at(i).first == key) {
            reply = replies.takeAt(i).second;
            found = true;
            break;
        }
    }
    if (!found) {
        if (verb == "LOGOUT") {
            reply = "* BYE bye\r\n$TAG OK LOGOUT done\r\n";
        } else if (verb == "QUIT") {
            reply = dialect == Dialect::Smtp ? QByteArray("221 bye\r\n") : QByteArray("+OK bye\r\n");
        } else if (dialect == Dialect::Imap) {
            reply = "$TAG BAD unexpected\r\n";
        } else if (dialect == Dialect::Smtp) {
            reply = "500 unexpected\r\n";
        } else {
            reply = "-ERR unexpected\r\n";
        }
    }
    reply.replace("$TAG", tag);
    m_lastWasContinuation = reply.startsWith('+') && !reply.startsWith("+OK") ? true : reply.startsWith("334");
    if (replyDelayMs > 0) {
        QTimer::singleShot(replyDelayMs, this, [this, reply] { send(reply); });
        return;
    }
    send(reply);
    if (!tlsAfter.isEmpty() && verb == tlsAfter && key == verb) {
        tlsAfter.clear();
        m_buffer.clear();
        m_socket->startServerEncryption();
    }
}
