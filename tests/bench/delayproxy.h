#pragma once
// A loopback TCP proxy that holds every chunk for a while in each direction, so a database server on this PC
// answers like one across a slow LAN (10 ms each way: 20 ms on every round trip). Runs on a thread of its own.
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

class DelayProxy : public QObject
{
public:
    DelayProxy(QString host, quint16 port, int delayMs) : m_host(std::move(host)), m_port(port), m_delayMs(delayMs)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~DelayProxy() override
    {
        QMetaObject::invokeMethod(this, [this] { delete m_server; m_server = nullptr; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_listening; }

private:
    void listen()
    {
        m_server = new QTcpServer;
        m_server->listen(QHostAddress::LocalHost, 0);
        m_listening = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(m_host, m_port);
                relay(client, upstream);
                relay(upstream, client);
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    // What `from` receives reaches `to` m_delayMs later, in order.
    void relay(QTcpSocket *from, QTcpSocket *to)
    {
        QObject::connect(from, &QTcpSocket::readyRead, to, [this, from, to] {
            const QByteArray chunk = from->readAll();
            QTimer::singleShot(m_delayMs, to, [to, chunk] { to->write(chunk); });
        });
        QObject::connect(from, &QTcpSocket::disconnected, to, [this, to] {
            QTimer::singleShot(m_delayMs, to, [to] { to->disconnectFromHost(); });
        });
    }

    QString m_host;
    quint16 m_port;
    int m_delayMs;
    quint16 m_listening = 0;
    QTcpServer *m_server = nullptr;
    QThread m_thread;
};
