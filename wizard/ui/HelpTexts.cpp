#include "HelpTexts.h"

#include "SetupController.h"

namespace Portpilot {

QString HelpTexts::forPage(int pageId)
{
    switch (SetupController::Step(pageId)) {
    case SetupController::Step::Details:
        return tr("<h3>Your details</h3>"
                  "<p>Your <b>name</b> is what recipients see next to your address. The <b>email address</b> is "
                  "all Portpilot needs to find your servers. The <b>password</b> is the one for your mail; some "
                  "providers want an <i>app password</i> instead (the wizard tells you when).</p>"
                  "<p><b>Remember the password</b> stores it in your system keychain, never in a plain file. "
                  "When no keychain is available, Portpilot says so and does not save it.</p>");
    case SetupController::Step::Finding:
        return tr("<h3>Finding your servers</h3>"
                  "<p>Portpilot asks, in this order of trust: its own list of providers, your provider’s website, "
                  "Thunderbird’s database of providers, the server that receives your domain’s mail, DNS service "
                  "records, and finally tries common server names. Your address is never sent over an "
                  "unencrypted connection.</p>"
                  "<p>You can stop at any time and type the settings yourself.</p>");
    case SetupController::Step::Choose:
        return tr("<h3>Choose your servers</h3>"
                  "<p><b>IMAP or POP3?</b> IMAP keeps your mail on the server, in sync on every device. POP3 "
                  "downloads it to one device and usually removes it from the server.</p>"
                  "<p><b>SSL/TLS or STARTTLS?</b> Both encrypt the connection. SSL/TLS encrypts from the first "
                  "byte; STARTTLS starts unencrypted and switches before the password is sent. Prefer SSL/TLS "
                  "when you can choose.</p>"
                  "<p>Servers found in an unauthenticated way (DNS records, guessing) need your approval: check "
                  "that the domain shown belongs to your provider.</p>");
    case SetupController::Step::Manual:
        return tr("<h3>Manual settings</h3>"
                  "<p>Copy the settings from your provider’s help pages. When you change the security, the port "
                  "changes to the standard one, unless you typed a port of your own.</p>"
                  "<p>The <b>user name</b> is usually your full email address; leave it empty to use it.</p>"
                  "<p>See “Standard ports” for which port goes with which security.</p>");
    case SetupController::Step::Test:
        return tr("<h3>Testing</h3>"
                  "<p>Each server is tested in four steps: connect, secure the connection, ask what it supports, "
                  "and log in (then log out). Nothing is sent or deleted.</p>"
                  "<p>When a step fails, the message says what went wrong in plain words; <b>Details</b> shows the "
                  "conversation with the server, with your password hidden. A wrong password can be corrected "
                  "right here. <b>Back</b> returns to the settings with everything you typed.</p>"
                  "<p>A certificate that cannot be verified is shown to you; trust it only if you know it is "
                  "your server’s. A certificate for another server name can never be accepted.</p>");
    case SetupController::Step::Migrate:
        return tr("<h3>Copying your mail</h3>"
                  "<p>Mail fetched with POP3 lives only on this computer. Portpilot copies the folders you tick to "
                  "the IMAP account you just tested, keeps each message’s read and flagged marks and its date, and "
                  "then finds every message again on the server to prove it arrived.</p>"
                  "<p>Your local files are only read. Pause or cancel at any time: what was copied stays, and "
                  "copying again only copies what is missing. Messages marked as deleted are left out.</p>");
    case SetupController::Step::Export:
        return tr("<h3>Export</h3>"
                  "<p>Check the formats of the mail programs you use and save them. The password is left out "
                  "unless you ask for it: formats that can run a command read it from the system keychain "
                  "instead. Existing files are never replaced.</p>");
    case SetupController::Step::Done:
        return tr("<h3>Done</h3>"
                  "<p>The summary shows the settings to use in any mail program, and where your password was "
                  "stored.</p>");
    default:
        return {};
    }
}

QString HelpTexts::standardPorts()
{
    return tr("<h3>Standard ports</h3>"
              "<table border=\"1\" cellpadding=\"4\">"
              "<tr><th>Protocol</th><th>SSL/TLS</th><th>STARTTLS</th></tr>"
              "<tr><td>IMAP (incoming)</td><td>993</td><td>143</td></tr>"
              "<tr><td>POP3 (incoming)</td><td>995</td><td>110</td></tr>"
              "<tr><td>SMTP (outgoing)</td><td>465</td><td>587</td></tr>"
              "</table>"
              "<p>Use SSL/TLS (993, 995, 465) when your provider offers it: the connection is encrypted from the "
              "start. STARTTLS (143, 110, 587) is also safe when the switch to encryption is required, as "
              "Portpilot does.</p>"
              "<p>SMTP port 25 is for mail between servers; many networks block it for mail programs, so use "
              "587 or 465.</p>");
}

QString HelpTexts::questions()
{
    return tr("<h3>Questions</h3>"
              "<p><b>IMAP or POP3?</b> Choose IMAP if you read mail on more than one device (phone, laptop, "
              "webmail): everything stays in sync. Choose POP3 only to keep mail on one computer.</p>"
              "<p><b>Are the settings the same in every mail program?</b> Yes: server names, ports, security and "
              "user name are the same everywhere; only where you type them differs. Portpilot can export them "
              "for several programs.</p>"
              "<p><b>How do I move from POP3 to IMAP?</b> Set up the same address again with IMAP. Mail that POP3 "
              "already removed from the server stays on the old device: copy it into an IMAP folder from there, "
              "then remove the POP3 account.</p>");
}

} // namespace Portpilot
