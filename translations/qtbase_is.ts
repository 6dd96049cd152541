<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is_IS" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>Skrá</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Samnefni</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drif</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Óþekkt</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Flýtivísun</translation>
    </message>
</context>
<context>
    <name>QAbstractSocket</name>
    <message>
        <source>Host not found</source>
        <translation>Vél fannst ekki</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Tengingu hafnað</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Tími rann út fyrir tengingu</translation>
    </message>
    <message>
        <source>Trying to connect while connection is in progress</source>
        <translation>Reynt að tengjast meðan tenging er í gangi</translation>
    </message>
    <message>
        <source>Socket is not connected</source>
        <translation>Sökkull er ekki tengdur</translation>
    </message>
    <message>
        <source>Socket operation timed out</source>
        <translation>Tími rann út fyrir aðgerð á sökkli</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Ekki næst í netið</translation>
    </message>
    <message>
        <source>Operation on socket is not supported</source>
        <translation>Aðgerð á sökkli er ekki studd</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Velja allt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Hækka</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Lækka</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Opna vallista</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Satt</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Ósatt</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Notkun: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valkostir:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Viðföng:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[valkostir]</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Birtir hjálp um valkosti skipanalínunnar.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Birtir hjálp, líka um valkosti sem eru sérstakir fyrir Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Birtir upplýsingar um útgáfu.</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Óþekktur valkostur „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Óþekktir valkostir: %1.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Gildi vantar á eftir „%1“.</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Óvænt gildi á eftir „%1“.</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>Hvað er þetta?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Í lagi</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Í lagi</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Sýna þessi skilaboð aftur</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Aflúsunarskilaboð:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Aðvörun:</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Alvarleg villa:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Banvæn villa:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Upplýsingar:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Til baka</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Opna</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Skrár</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Sýna </translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ er skrifvarið.
Viltu samt eyða því?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Ertu viss um að þú viljir eyða „%1“?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Listi yfir staði og bókamerki</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Skráarheiti:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ný mappa</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Yfirmappa</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ný mappa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjarlægja</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Leita í:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Búa til nýja möppu</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Skrár af gerðinni:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Finna möppu</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Sýna &amp;faldar skrár</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Vista sem</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Mappan fannst ekki.
Gakktu úr skugga um að rétt heiti möppu hafi verið gefið upp.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Hliðarstika</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listasýn</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velja</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eyða</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Allar skrár (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Möppur</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Endurnefna</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Ekki tókst að eyða möppunni.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappa:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 er þegar til.
Viltu setja nýju skrána í staðinn?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Áfram</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Fara áfram</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Fara í yfirmöppu</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nýlegir staðir</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Fara til baka</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Skipta yfir í ítarsýn</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Búa til nýja möppu</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Ítarsýn</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Skráin fannst ekki.
Gakktu úr skugga um að rétt skráarheiti hafi verið gefið upp.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Skipta yfir í listasýn</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Heiti</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Stærð</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tegund</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Gerð</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Breytt</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Tölvan mín</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Tölva</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Í lagi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Vista</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hætta við</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Loka</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Loka án þess að vista</translation>
    </message>
</context>
<context>
    <name>QHostInfo</name>
    <message>
        <source>No host name given</source>
        <translation>Ekkert vélarheiti gefið</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Óþekkt villa</translation>
    </message>
</context>
<context>
    <name>QHostInfoAgent</name>
    <message>
        <source>Host not found</source>
        <translation>Vél fannst ekki</translation>
    </message>
    <message>
        <source>No host name given</source>
        <translation>Ekkert vélarheiti gefið</translation>
    </message>
    <message>
        <source>Unknown address type</source>
        <translation>Óþekkt gerð vistfangs</translation>
    </message>
    <message>
        <source>Invalid hostname</source>
        <translation>Ógilt vélarheiti</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>No such file or directory</source>
        <translation>Skráin eða mappan er ekki til</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Heimild vantar</translation>
    </message>
    <message>
        <source>file to open is a directory</source>
        <translation>skráin sem átti að opna er mappa</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Ekkert pláss eftir á tækinu</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Óþekkt villa</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Of margar skrár opnar</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Sláðu inn gildi:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Afturkalla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Endu&amp;rtaka</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klippa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>A&amp;frita</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Líma</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Velja allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Sýna nánar…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Fela nánar…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Um Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Um Qt&lt;/h3&gt;&lt;p&gt;Þetta forrit notar Qt, útgáfu %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QNativeSocketEngine</name>
    <message>
        <source>Network operation timed out</source>
        <translation>Tími rann út fyrir netaðgerð</translation>
    </message>
    <message>
        <source>The remote host closed the connection</source>
        <translation>Fjartengda vélin lokaði tengingunni</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Ekki næst í vélina</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Heimild vantar</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Tengingu hafnað</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Tími rann út fyrir tengingu</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netvilla</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Óþekkt villa</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Ekki næst í netið</translation>
    </message>
    <message>
        <source>The address is not available</source>
        <translation>Vistfangið er ekki tiltækt</translation>
    </message>
    <message>
        <source>The address is protected</source>
        <translation>Vistfangið er varið</translation>
    </message>
    <message>
        <source>The bound address is already in use</source>
        <translation>Vistfangið er þegar í notkun</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Gagnaðilinn rauf tenginguna</translation>
    </message>
    <message>
        <source>Temporary error</source>
        <translation>Tímabundin villa</translation>
    </message>
    <message>
        <source>Out of resources</source>
        <translation>Tilföng á þrotum</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Í lagi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Vista allt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Já</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Já við &amp;öllu</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei við öllu</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hætta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reyna aftur</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Hunsa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Henda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjálp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Virkja</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Endurstilla</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Endurheimta sjálfgefið</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Fletta hingað</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Vinstri brún</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Efst</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Hægri brún</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Neðst</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Síðu til vinstri</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Síðu upp</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Síðu til hægri</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Síðu niður</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Fletta til vinstri</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Fletta upp</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Fletta til hægri</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Fletta niður</translation>
    </message>
</context>
<context>
    <name>QSslSocket</name>
    <message>
        <source>The certificate has expired</source>
        <translation>Skilríkið er útrunnið</translation>
    </message>
    <message>
        <source>The certificate is not yet valid</source>
        <translation>Skilríkið er ekki enn gilt</translation>
    </message>
    <message>
        <source>The certificate is self-signed, and untrusted</source>
        <translation>Skilríkið er sjálfundirritað og því er ekki treyst</translation>
    </message>
    <message>
        <source>The root certificate of the certificate chain is self-signed, and untrusted</source>
        <translation>Rótarskilríki keðjunnar er sjálfundirritað og því er ekki treyst</translation>
    </message>
    <message>
        <source>The host name did not match any of the valid hosts for this certificate</source>
        <translation>Vélarheitið passar ekki við neina af þeim vélum sem skilríkið gildir fyrir</translation>
    </message>
    <message>
        <source>The issuer certificate could not be found</source>
        <translation>Skilríki útgefandans fannst ekki</translation>
    </message>
    <message>
        <source>The issuer certificate of a locally looked up certificate could not be found</source>
        <translation>Skilríki útgefanda skilríkis sem flett var upp á vélinni fannst ekki</translation>
    </message>
    <message>
        <source>No certificates could be verified</source>
        <translation>Ekki tókst að sannreyna neitt skilríki</translation>
    </message>
    <message>
        <source>The signature of the certificate is invalid</source>
        <translation>Undirskrift skilríkisins er ógild</translation>
    </message>
    <message>
        <source>The certificate signature could not be decrypted</source>
        <translation>Ekki tókst að afdulrita undirskrift skilríkisins</translation>
    </message>
    <message>
        <source>The public key in the certificate could not be read</source>
        <translation>Ekki tókst að lesa dreifilykil skilríkisins</translation>
    </message>
    <message>
        <source>One of the CA certificates is invalid</source>
        <translation>Eitt CA-skilríkjanna er ógilt</translation>
    </message>
    <message>
        <source>The peer did not present any certificate</source>
        <translation>Gagnaðilinn sýndi ekkert skilríki</translation>
    </message>
    <message>
        <source>The certificate's notBefore field contains an invalid time</source>
        <translation>Reiturinn notBefore í skilríkinu hefur ógildan tíma</translation>
    </message>
    <message>
        <source>The certificate's notAfter field contains an invalid time</source>
        <translation>Reiturinn notAfter í skilríkinu hefur ógildan tíma</translation>
    </message>
    <message>
        <source>The supplied certificate is unsuitable for this purpose</source>
        <translation>Skilríkið hentar ekki til þessara nota</translation>
    </message>
    <message>
        <source>The root CA certificate is not trusted for this purpose</source>
        <translation>Rótarskilríki CA er ekki treyst til þessara nota</translation>
    </message>
    <message>
        <source>The root CA certificate is marked to reject the specified purpose</source>
        <translation>Rótarskilríki CA er merkt þannig að það hafnar þessum notum</translation>
    </message>
    <message>
        <source>The basicConstraints path length parameter has been exceeded</source>
        <translation>Farið var yfir leyfða lengd keðju í basicConstraints</translation>
    </message>
    <message>
        <source>The peer certificate is blacklisted</source>
        <translation>Skilríki gagnaðilans er á bannlista</translation>
    </message>
    <message>
        <source>The current candidate issuer certificate was rejected because its subject name did not match the issuer name of the current certificate</source>
        <translation>Skilríki mögulegs útgefanda var hafnað því viðfangsheiti þess passar ekki við heiti útgefanda í þessu skilríki</translation>
    </message>
    <message>
        <source>The current candidate issuer certificate was rejected because its issuer name and serial number was present and did not match the authority key identifier of the current certificate</source>
        <translation>Skilríki mögulegs útgefanda var hafnað því heiti útgefanda þess og raðnúmer passa ekki við lykilauðkenni útgefanda í þessu skilríki</translation>
    </message>
    <message>
        <source>The TLS/SSL connection has been closed</source>
        <translation>TLS/SSL-tengingunni var lokað</translation>
    </message>
    <message>
        <source>Error during SSL handshake: %1</source>
        <translation>Villa í SSL-handabandi: %1</translation>
    </message>
    <message>
        <source>Handshake failed: %1</source>
        <translation>Handaband mistókst: %1</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Engin villa</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Óþekkt villa</translation>
    </message>
    <message>
        <source>TLS initialization failed</source>
        <translation>Frumstilling TLS mistókst</translation>
    </message>
    <message>
        <source>Unable to write data: %1</source>
        <translation>Ekki tókst að skrifa gögn: %1</translation>
    </message>
    <message>
        <source>Error while reading: %1</source>
        <translation>Villa við lestur: %1</translation>
    </message>
    <message>
        <source>Unable to decrypt data: %1</source>
        <translation>Ekki tókst að afdulrita gögn: %1</translation>
    </message>
    <message>
        <source>No common protocol exists between the client and the server</source>
        <translation>Biðlari og þjónn eiga enga sameiginlega samskiptareglu</translation>
    </message>
    <message>
        <source>No cipher suites in common</source>
        <translation>Engin sameiginleg dulritunarsöfn</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Setja inn Unicode-stýritákn</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Merki: vinstri til hægri</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Merki: hægri til vinstri</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Tengir án breiddar</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Aðskilur án breiddar</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Bil án breiddar</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Upphaf innfellingar: vinstri til hægri</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Upphaf innfellingar: hægri til vinstri</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Upphaf þvingunar: vinstri til hægri</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Upphaf þvingunar: hægri til vinstri</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Lok stefnusniðs</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Einangrun: vinstri til hægri</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Einangrun: hægri til vinstri</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Einangrun eftir fyrsta sterka staf</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Lok stefnueinangrunar</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Afturkalla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Endu&amp;rtaka</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klippa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>A&amp;frita</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Líma</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eyða</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Velja allt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Afrita &amp;slóð tengils</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Til &amp;baka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Á&amp;fram &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Á&amp;fram</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Ljúka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjálp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Til baka</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Halda áfram</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Staðfesta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Lokið</translation>
    </message>
</context>
</TS>
