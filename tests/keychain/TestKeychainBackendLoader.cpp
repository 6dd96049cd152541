#include "KeychainBackend.h"
#include "KeychainBackendLoader.h"

#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Portpilot;

// The keychain plugin is found only where the build puts it, and every way of not finding it
// gives a sentence that names the file, not a crash or a silent "no keychain".
class TestKeychainBackendLoader : public QObject
{
    Q_OBJECT

private slots:
    void candidatesAreTheBuiltPluginOnly();
    void loadsTheBuiltPlugin();
    void refuses_data();
    void refuses();
};

void TestKeychainBackendLoader::candidatesAreTheBuiltPluginOnly()
{
    // This test runs from bin/, like `portpilot`: one path, the plugin's place in the build tree.
    const QStringList candidates = KeychainBackendLoader::candidates();
    QCOMPARE(candidates.size(), 1);
    QVERIFY2(candidates.first().endsWith(QLatin1String("/portpilot/plugins/portpilot-keychain.so")),
             qPrintable(candidates.first()));
    QVERIFY2(QFile::exists(candidates.first()), qPrintable(candidates.first()));
}

void TestKeychainBackendLoader::loadsTheBuiltPlugin()
{
    QString why;
    QVERIFY(KeychainBackendLoader::load(KeychainBackendLoader::candidates(), &why) != nullptr);
    QVERIFY(why.isEmpty());
    // The cached one is the same plugin instance.
    QVERIFY(KeychainBackendLoader::backend(&why) ==
            KeychainBackendLoader::load(KeychainBackendLoader::candidates(), &why));
}

void TestKeychainBackendLoader::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nowhere") << "nothing"
                             << "cannot be found from";
    QTest::newRow("missing file") << "missing"
                                  << "is not installed (looked for";
    QTest::newRow("not a library") << "text"
                                   << "could not be loaded:";
    // A real Qt plugin that implements something else (Qt's certificate-only TLS backend).
    QTest::newRow("another plugin") << "other"
                                    << "is not Portpilot's keychain module";
}

void TestKeychainBackendLoader::refuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList candidates;
    if (kind == QLatin1String("missing")) {
        candidates << dir.filePath(QStringLiteral("portpilot-keychain.so"));
    } else if (kind == QLatin1String("text")) {
        QFile file(dir.filePath(QStringLiteral("portpilot-keychain.so")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an ELF file\n");
        file.close();
        candidates << file.fileName();
    } else if (kind == QLatin1String("other")) {
        const QString other =
            QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/tls/libqcertonlybackend.so");
        QVERIFY2(QFile::exists(other), qPrintable(other)); // part of libqt6network6
        candidates << other;
    }

    QString why;
    QVERIFY(KeychainBackendLoader::load(candidates, &why) == nullptr);
    QVERIFY2(why.contains(expected), qPrintable(why));
    // Each sentence names the file (the loader's own message for a broken one names it too).
    QVERIFY2(candidates.isEmpty() || why.contains(candidates.first()), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestKeychainBackendLoader)
#include "TestKeychainBackendLoader.moc"
