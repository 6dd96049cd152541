#pragma once

#include "KeychainBackend.h"

#include <QObject>

namespace Portpilot {

// The keychain plugin: KeychainBackend on QtKeychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager). Built as portpilot-keychain.so, the only code that links QtKeychain.
class QtKeychainBackend : public QObject, public KeychainBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PortpilotKeychainBackend_iid)
    Q_INTERFACES(Portpilot::KeychainBackend)

public:
    void start(Operation operation, const QString& service, const QString& key, const QString& secret, QObject* context,
               Done done) override;
};

} // namespace Portpilot
