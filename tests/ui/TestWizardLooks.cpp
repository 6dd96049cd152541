#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// How the wizard looks, from the pictures scripts/screenshots.sh takes of every page in the
// discovery test world: the setup there succeeds, a KDE desktop's dark colour scheme (read by
// Qt's KDE platform theme from kdeglobals, as on Plasma) makes every page dark, and 200 %
// scaling (QT_SCALE_FACTOR=2) draws every page at twice the size. A colour written into the
// program would show up here as a light patch on a dark page.
class TestWizardLooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setupSucceedsInTheWorld();
    void pages_data();
    void pages();

private:
    // Runs the tour with PORTPILOT_LOOK=look (empty: the default) into a folder of its own.
    QString takePictures(const QString& look);
    static double luminance(QRgb pixel)
    {
        return (0.2126 * qRed(pixel) + 0.7152 * qGreen(pixel) + 0.0722 * qBlue(pixel)) / 255.0;
    }
    // The mean luminance and the share of pixels brighter than 0.8.
    static std::pair<double, double> brightness(const QImage& image);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_folders; // look -> folder
    QString m_tourLog;                 // stderr of the default run
};

QString TestWizardLooks::takePictures(const QString& look)
{
    const QString folder = m_dir.filePath(look.isEmpty() ? QStringLiteral("default") : look);
    QProcess tour;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORTPILOT_LOOK"), look);
    env.insert(QStringLiteral("PORTPILOT_LANG"), QStringLiteral("en"));
    if (look == QLatin1String("dark")) {
        // Under the sanitizer build: X's libraries (xcb, fontconfig) keep memory until the process
        // ends. The two offscreen runs of the same tour still look for leaks of Portpilot's own.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    }
    tour.setProcessEnvironment(env);
    // The build folder of the binary under test (bin/portpilot in it), also for the sanitizer build.
    const QString build = QFileInfo(QStringLiteral(PORTPILOT_BINARY)).absoluteDir().filePath(QStringLiteral(".."));
    tour.start(QStringLiteral(PORTPILOT_SOURCE_DIR "/scripts/screenshots.sh"), {build, folder});
    if (!tour.waitForFinished(240000) || tour.exitCode() != 0) {
        qWarning().noquote() << tour.readAllStandardError();
        return {};
    }
    if (look.isEmpty()) {
        m_tourLog = QString::fromUtf8(tour.readAllStandardError());
    }
    return folder;
}

std::pair<double, double> TestWizardLooks::brightness(const QImage& image)
{
    double sum = 0;
    qint64 bright = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const double l = luminance(line[x]);
            sum += l;
            bright += l > 0.8 ? 1 : 0;
        }
    }
    const double pixels = double(rgb.width()) * rgb.height();
    return {sum / pixels, double(bright) / pixels};
}

void TestWizardLooks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString& look : {QString(), QStringLiteral("dark"), QStringLiteral("200")}) {
        const QString folder = takePictures(look);
        QVERIFY2(!folder.isEmpty(),
                 qPrintable(QStringLiteral("scripts/screenshots.sh with PORTPILOT_LOOK=%1").arg(look)));
        m_folders.insert(look, folder);
    }
}

void TestWizardLooks::setupSucceedsInTheWorld()
{
    QVERIFY2(m_tourLog.contains(QLatin1String("portpilot-tour test passed")), qPrintable(m_tourLog.right(2000)));
}

void TestWizardLooks::pages_data()
{
    QTest::addColumn<QString>("page");
    for (const char* page :
         {"1-details", "2-finding", "3-choose", "4-manual", "5-test", "6-export", "7-done", "9-check"}) {
        QTest::newRow(page) << QString::fromLatin1(page);
    }
}

void TestWizardLooks::pages()
{
    QFETCH(QString, page);
    const QString file = page + QStringLiteral(".png");
    const QImage light(QDir(m_folders.value(QString())).filePath(file));
    const QImage dark(QDir(m_folders.value(QStringLiteral("dark"))).filePath(file));
    const QImage scaled(QDir(m_folders.value(QStringLiteral("200"))).filePath(file));
    QVERIFY(!light.isNull() && !dark.isNull() && !scaled.isNull());

    const auto [lightMean, lightBright] = brightness(light);
    const auto [darkMean, darkBright] = brightness(dark);
    QVERIFY2(lightMean > 0.75, qPrintable(QString::number(lightMean)));
    // Dark everywhere: only text and small marks are bright.
    QVERIFY2(darkMean < 0.3, qPrintable(QString::number(darkMean)));
    QVERIFY2(darkBright < 0.08, qPrintable(QString::number(darkBright)));
    Q_UNUSED(lightBright);

    // The same page at twice the size: the layout scales, nothing is drawn at 1x and enlarged.
    QCOMPARE(scaled.size(), light.size() * 2);
    QCOMPARE(scaled.devicePixelRatio(), 1.0); // the file holds device pixels
}

QTEST_GUILESS_MAIN(TestWizardLooks)
#include "TestWizardLooks.moc"
