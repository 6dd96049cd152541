<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is_IS" sourcelanguage="en">
<context>
    <name>AccountJson</name>
    <message>
        <source>A server has the protocol “%1”, which does not belong in its list.</source>
        <translation>Þjónn hefur samskiptamátann „%1“, sem á ekki heima í lista hans.</translation>
    </message>
    <message>
        <source>The host name “%1” is not valid.</source>
        <translation>Vélarheitið „%1“ er ekki gilt.</translation>
    </message>
    <message>
        <source>The port of %1 must be from 1 to 65535.</source>
        <translation>Gáttin fyrir %1 verður að vera frá 1 til 65535.</translation>
    </message>
    <message>
        <source>Unknown socketType “%1”.</source>
        <translation>Óþekkt socketType „%1“.</translation>
    </message>
    <message>
        <source>Unknown authentication “%1”.</source>
        <translation>Óþekkt auðkenning „%1“.</translation>
    </message>
    <message>
        <source>The server %1 names no authentication method.</source>
        <translation>Þjónninn %1 tilgreinir enga auðkenningaraðferð.</translation>
    </message>
    <message>
        <source>Unsupported schemaVersion %1; this Portpilot reads version %2.</source>
        <translation>schemaVersion %1 er ekki studd; þessi útgáfa Portpilot les útgáfu %2.</translation>
    </message>
    <message>
        <source>The account has no servers.</source>
        <translation>Reikningurinn hefur enga póstþjóna.</translation>
    </message>
    <message>
        <source>The JSON document is larger than %1 KiB.</source>
        <translation>JSON-skjalið er stærra en %1 KiB.</translation>
    </message>
    <message>
        <source>The JSON is not valid at offset %1: %2</source>
        <translation>JSON-textinn er ógildur við stöðu %1: %2</translation>
    </message>
    <message>
        <source>The JSON document is not an object.</source>
        <translation>JSON-skjalið er ekki hlutur (object).</translation>
    </message>
    <message>
        <source>daysToLeaveMessagesOnServer of %1 must be from 0 to 36500.</source>
        <translation>daysToLeaveMessagesOnServer fyrir %1 verður að vera frá 0 til 36500.</translation>
    </message>
    <message>
        <source>checkIntervalMinutes of %1 must be from 1 to 100000.</source>
        <translation>checkIntervalMinutes fyrir %1 verður að vera frá 1 til 100000.</translation>
    </message>
</context>
<context>
    <name>AercExporter</name>
    <message>
        <source>aerc 0.14 account (accounts.conf, IMAP only); the password comes from the keychain</source>
        <translation>aerc 0.14 reikningur (accounts.conf, aðeins IMAP); lykilorðið kemur úr lykilorðageymslunni</translation>
    </message>
    <message>
        <source>aerc reads mail over IMAP only.</source>
        <translation>aerc les póst aðeins með IMAP.</translation>
    </message>
    <message>
        <source>aerc&apos;s file cannot hold a value with both a backtick and three quotes.</source>
        <translation>Skrá aerc getur ekki geymt gildi sem hefur bæði bakbrodd (`) og þrjár gæsalappir.</translation>
    </message>
    <message>
        <source>%1 is used without encryption: aerc sends the password unprotected.</source>
        <translation>%1 er notað án dulritunar: aerc sendir lykilorðið óvarið.</translation>
    </message>
    <message>
        <source>aerc 0.14 needs “smtp-starttls = yes” for STARTTLS; newer aerc ignores it and reads smtp:// as STARTTLS.</source>
        <translation>aerc 0.14 þarf „smtp-starttls = yes“ fyrir STARTTLS; nýrri útgáfur aerc hunsa það og lesa smtp:// sem STARTTLS.</translation>
    </message>
    <message>
        <source>aerc 0.14 has no way to sign in with OAuth2 without TLS.</source>
        <translation>aerc 0.14 getur ekki skráð inn með OAuth2 án TLS.</translation>
    </message>
    <message>
        <source>aerc 0.14 asks for the OAuth2 access token of %1 once, when it starts: when the token has expired (often after an hour), restart aerc.</source>
        <translation>aerc 0.14 biður aðeins einu sinni um OAuth2-aðgangstóka fyrir %1, þegar það ræsist: þegar tókinn er útrunninn (oft eftir klukkustund) þarf að endurræsa aerc.</translation>
    </message>
</context>
<context>
    <name>AutoconfigExporter</name>
    <message>
        <source>Mozilla autoconfig file (config-v1.1.xml) to publish at autoconfig.DOMAIN</source>
        <translation>Autoconfig-skrá Mozilla (config-v1.1.xml) til birtingar á autoconfig.LÉN</translation>
    </message>
    <message>
        <source>it contains a line break or another control character.</source>
        <translation>það inniheldur línuskil eða annað stýritákn.</translation>
    </message>
    <message>
        <source>An autoconfig file is published for everyone; no password was written.</source>
        <translation>Autoconfig-skrá er birt öllum; ekkert lykilorð var skrifað.</translation>
    </message>
</context>
<context>
    <name>AutoconfigGrammar</name>
    <message>
        <source>%1 has no %2 attribute, which the format requires</source>
        <extracomment>%1 is an element, %2 the names of attributes it lacks</extracomment>
        <translation>%1 hefur ekki eigindið %2, sem sniðið krefst</translation>
    </message>
    <message>
        <source>%1 holds the text “%2” between its elements, where the format has none</source>
        <extracomment>%1 is an element, %2 the text it holds</extracomment>
        <translation>%1 geymir textann „%2“ milli staka sinna, þar sem sniðið hefur engan</translation>
    </message>
    <message>
        <source>%1 does not follow the format’s grammar (%2)</source>
        <extracomment>%1 is an element, %2 libxml2&apos;s own words (in English)</extracomment>
        <translation>%1 fylgir ekki málfræði sniðsins (%2)</translation>
    </message>
    <message>
        <source>%1 must be a whole number above 0, not “%2”</source>
        <extracomment>%1 is an element, %2 the value the document has</extracomment>
        <translation>%1 verður að vera heil tala stærri en 0, ekki „%2“</translation>
    </message>
    <message>
        <source>%1 must be of the type %2, not “%3”</source>
        <extracomment>%1 is an element, %2 an XML Schema type name, %3 the value the document has</extracomment>
        <translation>%1 verður að vera af taginu %2, ekki „%3“</translation>
    </message>
    <message>
        <source>%1 does not belong inside %2</source>
        <extracomment>%1 and %2 are elements</extracomment>
        <translation>%1 á ekki heima inni í %2</translation>
    </message>
    <message>
        <source>%1 does not belong inside %2; the format has it in %3</source>
        <extracomment>%1 and %2 are elements, %3 the elements it may be in</extracomment>
        <translation>%1 á ekki heima inni í %2; sniðið hefur það í %3</translation>
    </message>
</context>
<context>
    <name>AutoconfigReader</name>
    <message>
        <source>The file ends before the XML document is complete.</source>
        <translation>Skráin endar áður en XML-skjalinu lýkur.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>Skráin er ekki vel formað XML: %1</translation>
    </message>
    <message>
        <source>The element &lt;%1&gt; is longer than %2 characters.</source>
        <translation>Einingin &lt;%1&gt; er lengri en %2 stafir.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be “true” or “false”, not “%2”.</source>
        <translation>&lt;%1&gt; verður að vera „true“ eða „false“, ekki „%2“.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be a whole number from %2 to %3, not “%4”.</source>
        <translation>&lt;%1&gt; verður að vera heiltala frá %2 til %3, ekki „%4“.</translation>
    </message>
    <message>
        <source>The file is empty or holds no XML element.</source>
        <translation>Skráin er tóm eða inniheldur enga XML-einingu.</translation>
    </message>
    <message>
        <source>The root element is &lt;%1&gt;, but an autoconfig file starts with &lt;clientConfig&gt;.</source>
        <translation>Rótareiningin er &lt;%1&gt;, en autoconfig-skrá byrjar á &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <source>The file has no &lt;emailProvider&gt; element.</source>
        <translation>Skráin hefur enga &lt;emailProvider&gt;-einingu.</translation>
    </message>
    <message>
        <source>Ignored the invalid domain “%1”.</source>
        <translation>Ógilda léninu „%1“ var sleppt.</translation>
    </message>
    <message>
        <source>&lt;emailProvider&gt; names no valid &lt;domain&gt;.</source>
        <translation>&lt;emailProvider&gt; tilgreinir ekkert gilt &lt;domain&gt;.</translation>
    </message>
    <message>
        <source>The file describes no IMAP, POP3 or SMTP server that Portpilot can use.</source>
        <translation>Skráin lýsir engum IMAP-, POP3- eða SMTP-þjóni sem Portpilot getur notað.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; number %2 has no type attribute.</source>
        <translation>&lt;%1&gt; númer %2 hefur ekkert type-eigindi.</translation>
    </message>
    <message>
        <source>Skipped &lt;%1&gt; number %2 of type “%3”, which Portpilot does not set up.</source>
        <translation>Sleppti &lt;%1&gt; númer %2 af gerðinni „%3“, sem Portpilot setur ekki upp.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; number %2 (%3)</source>
        <translation>&lt;%1&gt; númer %2 (%3)</translation>
    </message>
    <message>
        <source>%1: approvalNeeded “%2” is not a domain.</source>
        <translation>%1: approvalNeeded „%2“ er ekki lén.</translation>
    </message>
    <message>
        <source>%1: the host name “%2” contains characters that no host name has.</source>
        <translation>%1: vélarheitið „%2“ inniheldur stafi sem ekkert vélarheiti hefur.</translation>
    </message>
    <message>
        <source>%1 has no &lt;%2&gt;.</source>
        <translation>%1 hefur ekkert &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>%1: unknown socketType “%2”; expected SSL, STARTTLS or plain.</source>
        <translation>%1: óþekkt socketType „%2“; átti von á SSL, STARTTLS eða plain.</translation>
    </message>
    <message>
        <source>%1: unknown authentication “%2”.</source>
        <translation>%1: óþekkt auðkenning „%2“.</translation>
    </message>
    <message>
        <source>%1: ignored the authentication “%2”.</source>
        <translation>%1: auðkenningunni „%2“ var sleppt.</translation>
    </message>
    <message>
        <source>&lt;checkInterval&gt; needs a minutes attribute from 1 to 100000, not “%1”.</source>
        <translation>&lt;checkInterval&gt; þarf minutes-eigindi frá 1 til 100000, ekki „%1“.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>lína %1, dálkur %2: %3</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB, the most an autoconfig file may be.</source>
        <translation>Skráin er stærri en %1 KiB, sem er hámarksstærð autoconfig-skrár.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Skráin er tóm.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ er mappa, ekki skrá.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Get ekki opnað „%1“: %2</translation>
    </message>
    <message>
        <source>The file describes no incoming (IMAP or POP3) server that Portpilot can use.</source>
        <translation>Skráin lýsir engum póstþjóni fyrir innkomandi póst (IMAP eða POP3) sem Portpilot getur notað.</translation>
    </message>
    <message>
        <source>The file describes no outgoing (SMTP) server that Portpilot can use.</source>
        <translation>Skráin lýsir engum póstþjóni fyrir útsendan póst (SMTP) sem Portpilot getur notað.</translation>
    </message>
    <message>
        <source>The file contains a document type declaration (DTD); autoconfig files must not have one.</source>
        <translation>Skráin inniheldur skilgreiningu skjalagerðar (DTD); autoconfig-skrár mega ekki hafa hana.</translation>
    </message>
    <message>
        <source>The file uses the entity “&amp;%1;”, which is not allowed.</source>
        <translation>Skráin notar eininguna „&amp;%1;“, sem er ekki leyfð.</translation>
    </message>
    <message>
        <source>The file declares the character encoding “%1”; autoconfig files are UTF-8.</source>
        <translation>Skráin segist nota stafakóðunina „%1“; autoconfig-skrár eru í UTF-8.</translation>
    </message>
</context>
<context>
    <name>AutodiscoverExporter</name>
    <message>
        <source>Microsoft Autodiscover response (autodiscover.xml) for Outlook and Thunderbird</source>
        <translation>Autodiscover-svar Microsoft (autodiscover.xml) fyrir Outlook og Thunderbird</translation>
    </message>
    <message>
        <source>Thunderbird decides STARTTLS or TLS by the port, so it will use the wrong one for %1; Outlook reads the exact mode.</source>
        <translation>Thunderbird velur STARTTLS eða TLS eftir gáttinni og notar því rangt fyrir %1; Outlook les nákvæma háttinn.</translation>
    </message>
    <message>
        <source>Autodiscover cannot say whether to leave messages on the POP3 server; the client&apos;s own setting applies.</source>
        <translation>Autodiscover getur ekki sagt til um hvort skilja eigi póst eftir á POP3-þjóninum; stilling póstforritsins sjálfs gildir.</translation>
    </message>
    <message>
        <source>Autodiscover responses never carry passwords; none was written.</source>
        <translation>Autodiscover-svör innihalda aldrei lykilorð; ekkert var skrifað.</translation>
    </message>
</context>
<context>
    <name>AutodiscoverReader</name>
    <message>
        <source>The element &lt;%1&gt; is longer than %2 characters.</source>
        <translation>Stakið &lt;%1&gt; er lengra en %2 stafir.</translation>
    </message>
    <message>
        <source>The answer holds no XML element.</source>
        <translation>Svarið inniheldur ekkert XML-stak.</translation>
    </message>
    <message>
        <source>The answer is &lt;%1&gt;, not an Autodiscover response (&lt;Autodiscover&gt;).</source>
        <translation>Svarið er &lt;%1&gt;, ekki Autodiscover-svar (&lt;Autodiscover&gt;).</translation>
    </message>
    <message>
        <source>&lt;Autodiscover&gt; is in the namespace “%1”, not %2.</source>
        <translation>&lt;Autodiscover&gt; er í nafnrýminu „%1“, ekki %2.</translation>
    </message>
    <message>
        <source>&lt;Autodiscover&gt; has no &lt;Response&gt;.</source>
        <translation>&lt;Autodiscover&gt; hefur ekkert &lt;Response&gt;.</translation>
    </message>
    <message>
        <source>&lt;Response&gt; is in the namespace “%1”; Outlook asks for %2.</source>
        <translation>&lt;Response&gt; er í nafnrýminu „%1“; Outlook biður um %2.</translation>
    </message>
    <message>
        <source>&lt;Protocol&gt; number %1: &lt;Port&gt; must be a whole number from 1 to 65535, not “%2”.</source>
        <translation>&lt;Protocol&gt; númer %1: &lt;Port&gt; verður að vera heil tala frá 1 til 65535, ekki „%2“.</translation>
    </message>
    <message>
        <source>&lt;Protocol&gt; number %1 (%2)</source>
        <translation>&lt;Protocol&gt; númer %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;Protocol&gt; number %1 has no &lt;Type&gt;.</source>
        <translation>&lt;Protocol&gt; númer %1 hefur ekkert &lt;Type&gt;.</translation>
    </message>
    <message>
        <source>%1 has no &lt;Server&gt;.</source>
        <translation>%1 hefur ekkert &lt;Server&gt;.</translation>
    </message>
    <message>
        <source>%1: the server name “%2” is not a host name.</source>
        <translation>%1: þjónsheitið „%2“ er ekki vélarheiti.</translation>
    </message>
    <message>
        <source>%1 has no &lt;Port&gt;.</source>
        <translation>%1 hefur ekkert &lt;Port&gt;.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be “on” or “off”, not “%2”.</source>
        <translation>&lt;%1&gt; verður að vera „on“ eða „off“, ekki „%2“.</translation>
    </message>
    <message>
        <source>%1: unknown &lt;Encryption&gt; “%2”; expected None, SSL, TLS or Auto.</source>
        <translation>%1: óþekkt &lt;Encryption&gt; „%2“; búist var við None, SSL, TLS eða Auto.</translation>
    </message>
    <message>
        <source>&lt;Response&gt; has neither an &lt;Account&gt; in the namespace Outlook asks for nor an &lt;Error&gt;.</source>
        <translation>&lt;Response&gt; hefur hvorki &lt;Account&gt; í nafnrýminu sem Outlook biður um né &lt;Error&gt;.</translation>
    </message>
    <message>
        <source>&lt;AccountType&gt; is “%1”; Outlook sets up mail only from “email”.</source>
        <translation>&lt;AccountType&gt; er „%1“; Outlook setur aðeins upp póst út frá „email“.</translation>
    </message>
    <message>
        <source>&lt;Action&gt; is redirectAddr, but &lt;RedirectAddr&gt; “%1” is not an email address.</source>
        <translation>&lt;Action&gt; er redirectAddr, en &lt;RedirectAddr&gt; „%1“ er ekki netfang.</translation>
    </message>
    <message>
        <source>&lt;Action&gt; is redirectUrl, but &lt;RedirectUrl&gt; “%1” is not an https:// address, so Outlook does not follow it.</source>
        <translation>&lt;Action&gt; er redirectUrl, en &lt;RedirectUrl&gt; „%1“ er ekki https://-slóð, svo Outlook fylgir henni ekki.</translation>
    </message>
    <message>
        <source>Unknown &lt;Action&gt; “%1”; expected settings, redirectAddr or redirectUrl.</source>
        <translation>Óþekkt &lt;Action&gt; „%1“; búist var við settings, redirectAddr eða redirectUrl.</translation>
    </message>
    <message>
        <source>The answer describes no server.</source>
        <translation>Svarið lýsir engum póstþjóni.</translation>
    </message>
    <message>
        <source>The answer describes no incoming (IMAP or POP3) server.</source>
        <translation>Svarið lýsir engum póstþjóni fyrir innkomandi póst (IMAP eða POP3).</translation>
    </message>
    <message>
        <source>The answer describes no outgoing (SMTP) server.</source>
        <translation>Svarið lýsir engum póstþjóni fyrir útsendan póst (SMTP).</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>lína %1, dálkur %2: %3</translation>
    </message>
    <message>
        <source>The answer is larger than %1 KiB, more than an Autodiscover response needs.</source>
        <translation>Svarið er stærra en %1 KiB, meira en Autodiscover-svar þarf.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Svarið er tómt.</translation>
    </message>
    <message>
        <source>The answer contains a document type declaration (DTD); an Autodiscover response has none.</source>
        <translation>Svarið inniheldur skilgreiningu skjalagerðar (DTD); Autodiscover-svar hefur enga.</translation>
    </message>
    <message>
        <source>The answer uses the entity “&amp;%1;”, which is not allowed.</source>
        <translation>Svarið notar eininguna „&amp;%1;“, sem er ekki leyfð.</translation>
    </message>
    <message>
        <source>The answer ends before the XML document is complete.</source>
        <translation>Svarinu lýkur áður en XML-skjalið er heilt.</translation>
    </message>
    <message>
        <source>The answer is not well-formed XML: %1</source>
        <translation>Svarið er ekki vel formað XML: %1</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>Issued to: %1</source>
        <translation>Gefið út til: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Útgefandi: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Gilt frá %1 til %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <extracomment>SHA-256 is the name of a hash function.</extracomment>
        <translation>SHA-256 fingrafar: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Vandamál: %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>What mail programs find on %1:
</source>
        <extracomment>%1 is a domain name</extracomment>
        <translation>Það sem póstforrit finna á %1:
</translation>
    </message>
    <message>
        <source>
Nothing to report.
</source>
        <translation>
Ekkert að tilkynna.
</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>the fix of a finding follows</extracomment>
        <translation>Lagfæring: %1</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).
</source>
        <extracomment>%1, %2, %3 are numbers</extracomment>
        <translation>Villur: %1, aðvaranir: %2, athugasemdir: %3.
</translation>
    </message>
    <message>
        <source>Check what mail programs find on a domain, with the fix for each problem</source>
        <translation>Athuga hvað póstforrit finna á léni, með lagfæringu fyrir hvert vandamál</translation>
    </message>
    <message>
        <source>The domain to check, e.g. example.org.</source>
        <translation>Lénið sem á að athuga, t.d. example.org.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>snið</translation>
    </message>
    <message>
        <source>Write the report to this file instead of standard output.</source>
        <translation>Skrifa skýrsluna í þessa skrá í stað staðalúttaks.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>skrá</translation>
    </message>
    <message>
        <source>Base address of the ISP database; the domain is appended.</source>
        <translation>Grunnslóð ISP-gagnagrunnsins; léninu er bætt aftan við.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>slóð</translation>
    </message>
    <message>
        <source>The longest wait for the whole check</source>
        <translation>Lengsta bið eftir allri athuguninni</translation>
    </message>
    <message>
        <source>“%1” is not an https:// address.</source>
        <translation>„%1“ er ekki https://-slóð.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist.</source>
        <translation>Mappan fyrir „%1“ er ekki til.</translation>
    </message>
    <message>
        <source>What to print: text (default), json or html.</source>
        <translation>Hvað á að prenta: text (sjálfgefið), json eða html.</translation>
    </message>
    <message>
        <source>unknown format “%1”; use text, json or html.</source>
        <translation>óþekkt snið „%1“; notaðu text, json eða html.</translation>
    </message>
    <message>
        <source>Read the test account&apos;s password from the first line of standard input.</source>
        <translation>Lesa lykilorð prófunarreikningsins úr fyrstu línu staðalinntaks.</translation>
    </message>
    <message>
        <source>%1 is not an address at %2.</source>
        <extracomment>%1 is an email address, %2 a domain</extracomment>
        <translation>%1 er ekki netfang á %2.</translation>
    </message>
    <message>
        <source>
What each mail program gets:
</source>
        <translation>
Hvað hvert póstforrit fær:
</translation>
    </message>
    <message>
        <source>A test account at the domain: each advertised server is logged in to, with its password (--password-stdin) or, for OAuth2 servers, with the sign-in that portpilot login stored (or --sign-in).</source>
        <translation>Prófunarreikningur á léninu: skráð er inn á hvern auglýstan póstþjón, með lykilorði hans (--password-stdin) eða, fyrir OAuth2-þjóna, með innskráningunni sem portpilot login geymdi (eða --sign-in).</translation>
    </message>
    <message>
        <source>Sign the test account in with the OAuth2 issuer of the domain&apos;s autoconfig document now, for this check only (nothing is stored).</source>
        <translation>Skrá prófunarreikninginn inn núna hjá OAuth2-útgefanda autoconfig-skjals lénsins, aðeins fyrir þessa athugun (ekkert er geymt).</translation>
    </message>
    <message>
        <source>With --sign-in: do not open a browser; print the address of the sign-in page and wait.</source>
        <translation>Með --sign-in: opna ekki vafra; prenta slóð innskráningarsíðunnar og bíða.</translation>
    </message>
    <message>
        <source>--password-stdin needs --address: the password is the test account&apos;s.</source>
        <translation>--password-stdin þarf --address: lykilorðið er prófunarreikningsins.</translation>
    </message>
    <message>
        <source>--sign-in needs --address: the test account is the one that signs in.</source>
        <translation>--sign-in þarf --address: það er prófunarreikningurinn sem skráir sig inn.</translation>
    </message>
    <message>
        <source>--no-browser goes with --sign-in: without it, nobody signs in during the check.</source>
        <translation>--no-browser fylgir --sign-in: án þess skráir enginn sig inn meðan á athuguninni stendur.</translation>
    </message>
    <message>
        <source>no password was given (--password-stdin), so the servers that take one were only probed, not logged in to.</source>
        <translation>ekkert lykilorð var gefið (--password-stdin), svo póstþjónarnir sem taka við lykilorði voru aðeins prófaðir, ekki skráð inn á þá.</translation>
    </message>
</context>
<context>
    <name>CheckReportHtml</name>
    <message>
        <source>About: %1</source>
        <extracomment>%1 is what the finding is about: a web address, a DNS record or host:port</extracomment>
        <translation>Varðar: %1</translation>
    </message>
    <message>
        <source>What mail programs do</source>
        <extracomment>what a mail program will do because of the finding</extracomment>
        <translation>Hvað póstforrit gera</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lagfæring</translation>
    </message>
    <message>
        <source>What mail programs find on %1</source>
        <extracomment>the title of the HTML report; %1 is a domain name</extracomment>
        <translation>Það sem póstforrit finna á %1</translation>
    </message>
    <message>
        <source>Checked at %1 by Portpilot.</source>
        <extracomment>%1 is the date and time of the check (UTC, ISO 8601)</extracomment>
        <translation>Athugað %1 með Portpilot.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Ekkert að tilkynna.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s).</source>
        <extracomment>%1, %2, %3 are numbers</extracomment>
        <translation>Villur: %1, aðvaranir: %2, athugasemdir: %3.</translation>
    </message>
    <message>
        <source>What each mail program gets</source>
        <translation>Hvað hvert póstforrit fær</translation>
    </message>
</context>
<context>
    <name>CheckSignIn</name>
    <message>
        <source>%1 has not signed in with OAuth2 on this computer; sign in first (portpilot login %1) or use --sign-in</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>%1 hefur ekki skráð sig inn með OAuth2 á þessari tölvu; skráðu þig inn fyrst (portpilot login %1) eða notaðu --sign-in</translation>
    </message>
</context>
<context>
    <name>ClientConfigLocation</name>
    <message>
        <source>The Thunderbird profile folder “%1” does not exist.</source>
        <translation>Thunderbird-prófílmappan „%1“ er ekki til.</translation>
    </message>
    <message>
        <source>“%1” does not exist: start Thunderbird once to make a profile, or name one with --profile.</source>
        <translation>„%1“ er ekki til: ræstu Thunderbird einu sinni til að búa til prófíl, eða tilgreindu hann með --profile.</translation>
    </message>
    <message>
        <source>“%1” lists no profile; nothing was changed.</source>
        <translation>„%1“ telur engan prófíl upp; engu var breytt.</translation>
    </message>
    <message>
        <source>“%1” lists several profiles and none is the default; name one with --profile.</source>
        <translation>„%1“ telur upp nokkra prófíla og enginn er sjálfgefinn; tilgreindu einn með --profile.</translation>
    </message>
</context>
<context>
    <name>ClientConfigValidator</name>
    <message>
        <source>there is no &lt;emailProvider&gt;</source>
        <translation>það er ekkert &lt;emailProvider&gt;</translation>
    </message>
    <message>
        <source>&lt;clientConfig&gt; says version “%1”; the format has 1.1 and 1.2</source>
        <translation>&lt;clientConfig&gt; segir útgáfu „%1“; sniðið hefur 1.1 og 1.2</translation>
    </message>
    <message>
        <source>%1 is new in version 1.2, but the document says “%2”; clients that only know 1.1 ignore it</source>
        <extracomment>%1 names a part of the document, %2 the version the document states</extracomment>
        <translation>%1 er nýtt í útgáfu 1.2, en skjalið segir „%2“; forrit sem þekkja aðeins 1.1 hunsa það</translation>
    </message>
    <message>
        <source>&lt;%1&gt; inside &lt;%2&gt; is not part of the format; clients ignore it</source>
        <extracomment>%1 and %2 are element names</extracomment>
        <translation>&lt;%1&gt; innan í &lt;%2&gt; er ekki hluti sniðsins; forrit hunsa það</translation>
    </message>
    <message>
        <source>“%%1%” is not a placeholder of the format</source>
        <extracomment>%1 is a placeholder such as %FOO%</extracomment>
        <translation>„%%1%“ er ekki staðgengill sniðsins</translation>
    </message>
    <message>
        <source>“%%1%” is not a placeholder; “%%2%” is</source>
        <extracomment>%1 is a misspelled placeholder, %2 the right one</extracomment>
        <translation>„%%1%“ er ekki staðgengill; „%%2%“ er það</translation>
    </message>
    <message>
        <source>“%%1” lacks its closing “%”</source>
        <translation>„%%1“ vantar lokandi „%“</translation>
    </message>
    <message>
        <source>&lt;emailProvider&gt; names no &lt;domain&gt;</source>
        <translation>&lt;emailProvider&gt; nefnir ekkert &lt;domain&gt;</translation>
    </message>
    <message>
        <source>&lt;%1 type=&quot;%2&quot;&gt;</source>
        <extracomment>%1 is an element name, %2 the server type</extracomment>
        <translation>&lt;%1 type=&quot;%2&quot;&gt;</translation>
    </message>
    <message>
        <source>unknown server type</source>
        <translation>óþekkt tegund póstþjóns</translation>
    </message>
    <message>
        <source>an outgoing server is of type smtp</source>
        <translation>póstþjónn út er af tegundinni smtp</translation>
    </message>
    <message>
        <source>a ranked &lt;authentication&gt;</source>
        <translation>raðað &lt;authentication&gt;</translation>
    </message>
    <message>
        <source>&lt;port&gt; must be a number from 1 to 65535, not “%1”</source>
        <extracomment>%1 is what the document has</extracomment>
        <translation>&lt;port&gt; verður að vera tala frá 1 til 65535, ekki „%1“</translation>
    </message>
    <message>
        <source>&lt;socketType&gt; must be plain, SSL or STARTTLS, not “%1”</source>
        <translation>&lt;socketType&gt; verður að vera plain, SSL eða STARTTLS, ekki „%1“</translation>
    </message>
    <message>
        <source>&lt;authentication&gt; “%1” is not a method of the format</source>
        <translation>&lt;authentication&gt; „%1“ er ekki aðferð sniðsins</translation>
    </message>
    <message>
        <source>&lt;hostname&gt; is empty</source>
        <translation>&lt;hostname&gt; er tómt</translation>
    </message>
    <message>
        <source>&lt;url&gt; must be an https:// address, not “%1”</source>
        <translation>&lt;url&gt; verður að vera https://-slóð, ekki „%1“</translation>
    </message>
    <message>
        <source>no &lt;%1&gt;</source>
        <translation>ekkert &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;oAuth2&gt; has no &lt;%1&gt;</source>
        <translation>&lt;oAuth2&gt; hefur ekkert &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;issuer&gt; “%1” is neither a host name nor an https:// address</source>
        <translation>&lt;issuer&gt; „%1“ er hvorki vélarheiti né https://-slóð</translation>
    </message>
    <message>
        <source>&lt;%1&gt; “%2” is not an https:// address</source>
        <extracomment>%1 is an element name, %2 its value</extracomment>
        <translation>&lt;%1&gt; „%2“ er ekki https://-slóð</translation>
    </message>
    <message>
        <source>the metadata names the issuer “%1”, not “%2”</source>
        <extracomment>%1 and %2 are web addresses</extracomment>
        <translation>lýsigögnin nefna útgefandann „%1“, ekki „%2“</translation>
    </message>
    <message>
        <source>&lt;authURL&gt; is “%1”, the issuer’s authorization_endpoint “%2”</source>
        <translation>&lt;authURL&gt; er „%1“, authorization_endpoint útgefandans „%2“</translation>
    </message>
    <message>
        <source>&lt;tokenURL&gt; is “%1”, the issuer’s token_endpoint “%2”</source>
        <translation>&lt;tokenURL&gt; er „%1“, token_endpoint útgefandans „%2“</translation>
    </message>
    <message>
        <source>&lt;clientConfig&gt; has an empty version attribute (1.1 or 1.2)</source>
        <translation>&lt;clientConfig&gt; hefur tómt version-eigindi (1.1 eða 1.2)</translation>
    </message>
    <message>
        <source>&lt;emailProvider&gt; has an empty id</source>
        <translation>&lt;emailProvider&gt; hefur tómt id</translation>
    </message>
    <message>
        <source>the type attribute is empty</source>
        <translation>type-eigindið er tómt</translation>
    </message>
</context>
<context>
    <name>ClientInstaller</name>
    <message>
        <source>“%1” is a symbolic link; Portpilot does not follow it. Nothing was changed.</source>
        <translation>„%1“ er tákntengill; Portpilot fylgir honum ekki. Engu var breytt.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file. Nothing was changed.</source>
        <translation>„%1“ er ekki venjuleg skrá. Engu var breytt.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Nothing was changed.</source>
        <translation>Ekki tókst að lesa „%1“: %2. Engu var breytt.</translation>
    </message>
    <message>
        <source>“%1” exists with other settings (Evolution may have changed it); nothing was changed. Remove the account in Evolution first, or delete the file.</source>
        <translation>„%1“ er til með öðrum stillingum (Evolution kann að hafa breytt henni); engu var breytt. Fjarlægðu reikninginn fyrst í Evolution eða eyddu skránni.</translation>
    </message>
    <message>
        <source>Evolution&apos;s sources folder “%1” already holds these files; nothing was changed.</source>
        <translation>Upprunamappa Evolution „%1“ geymir þegar þessar skrár; engu var breytt.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Ekki tókst að búa til möppuna „%1“.</translation>
    </message>
    <message>
        <source>Wrote the account&apos;s .source files into Evolution&apos;s sources folder “%1”; a running Evolution picks them up.</source>
        <translation>.source-skrár reikningsins voru skrifaðar í upprunamöppu Evolution „%1“; Evolution tekur þær upp meðan það keyrir.</translation>
    </message>
    <message>
        <source>“%1” has changed since Portpilot wrote it; nothing was removed. Remove the account in Evolution instead.</source>
        <translation>„%1“ hefur breyst síðan Portpilot skrifaði hana; engu var eytt. Fjarlægðu reikninginn frekar í Evolution.</translation>
    </message>
    <message>
        <source>Evolution&apos;s sources folder “%1” has no files of this account; nothing was changed.</source>
        <translation>Í upprunamöppu Evolution „%1“ eru engar skrár þessa reiknings; engu var breytt.</translation>
    </message>
    <message>
        <source>Cannot remove “%1”.</source>
        <translation>Ekki tókst að fjarlægja „%1“.</translation>
    </message>
    <message>
        <source>Removed the account&apos;s .source files from “%1”.</source>
        <translation>.source-skrár reikningsins voru fjarlægðar úr „%1“.</translation>
    </message>
    <message>
        <source>The %1 format cannot be installed; the formats that can are: %2.</source>
        <translation>Ekki er hægt að setja %1-sniðið inn; sniðin sem hægt er að setja inn eru: %2.</translation>
    </message>
    <message>
        <source>Nothing to install.</source>
        <translation>Ekkert til að setja inn.</translation>
    </message>
    <message>
        <source>“%1”: %2. Nothing was changed; fix or remove those lines.</source>
        <translation>„%1“: %2. Engu var breytt; lagaðu eða fjarlægðu þær línur.</translation>
    </message>
    <message>
        <source>“%1” already holds this block for %2; nothing was changed.</source>
        <translation>„%1“ geymir þegar þennan hluta fyrir %2; engu var breytt.</translation>
    </message>
    <message>
        <source>No backup, so nothing was changed: %1</source>
        <translation>Ekkert afrit, svo engu var breytt: %1</translation>
    </message>
    <message>
        <source>Created “%1” with the account %2.</source>
        <translation>Bjó til „%1“ með reikningnum %2.</translation>
    </message>
    <message>
        <source>Replaced the block for %1 in “%2”; the previous file is saved as “%3”.</source>
        <translation>Skipti um hlutann fyrir %1 í „%2“; fyrri skráin er vistuð sem „%3“.</translation>
    </message>
    <message>
        <source>Added the account %1 to “%2”; the previous file is saved as “%3”.</source>
        <translation>Bætti reikningnum %1 við „%2“; fyrri skráin er vistuð sem „%3“.</translation>
    </message>
    <message>
        <source>“%1” does not exist; nothing to remove.</source>
        <translation>„%1“ er ekki til; ekkert að fjarlægja.</translation>
    </message>
    <message>
        <source>“%1” has no block for %2; nothing was changed.</source>
        <translation>Í „%1“ er enginn hluti fyrir %2; engu var breytt.</translation>
    </message>
    <message>
        <source>Removed “%1”, which Portpilot had created for %2.</source>
        <translation>Fjarlægði „%1“, sem Portpilot hafði búið til fyrir %2.</translation>
    </message>
    <message>
        <source>Removed %1 from “%2”: the file is again exactly as before the install.</source>
        <translation>Fjarlægði %1 úr „%2“: skráin er aftur nákvæmlega eins og fyrir innsetninguna.</translation>
    </message>
    <message>
        <source>Removed the block for %1 from “%2”; the rest of the file, with the changes made since the install, is kept.</source>
        <translation>Fjarlægði hlutann fyrir %1 úr „%2“; restinni af skránni, með breytingunum sem gerðar voru eftir innsetninguna, er haldið.</translation>
    </message>
    <message>
        <source>Thunderbird is running with the profile “%1” (it holds “%2”); close Thunderbird and try again. Nothing was changed.</source>
        <translation>Thunderbird er í gangi með prófílinn „%1“ (það heldur „%2“); lokaðu Thunderbird og reyndu aftur. Engu var breytt.</translation>
    </message>
    <message>
        <source>“%1”: %2. Nothing was changed.</source>
        <translation>„%1“: %2. Engu var breytt.</translation>
    </message>
    <message>
        <source>“%1” already holds %2 as Portpilot added it; nothing was changed.</source>
        <translation>„%1“ geymir þegar %2 eins og Portpilot bætti því við; engu var breytt.</translation>
    </message>
    <message>
        <source>Updated %1 (%2) in “%3”; Thunderbird shows it at its next start.</source>
        <translation>%1 (%2) uppfært í „%3“; Thunderbird sýnir það næst þegar það ræsist.</translation>
    </message>
    <message>
        <source>Added %1 (%2) to “%3”, next to the accounts already there; the previous file is saved as “%4”. Thunderbird shows it at its next start.</source>
        <translation>%1 (%2) bætt í „%3“, við hlið aðganganna sem voru þar fyrir; fyrri skráin er vistuð sem „%4“. Thunderbird sýnir það næst þegar það ræsist.</translation>
    </message>
    <message>
        <source>“%1” has no record of an account Portpilot added; nothing was changed.</source>
        <translation>„%1“ geymir enga skrá um aðgang sem Portpilot bætti við; engu var breytt.</translation>
    </message>
    <message>
        <source>Removed the settings Portpilot added for %1 from “%2”; the other accounts and the changes Thunderbird made since are kept.</source>
        <translation>Stillingarnar sem Portpilot bætti við fyrir %1 voru fjarlægðar úr „%2“; hinir aðgangarnir og breytingar Thunderbird síðan þá halda sér.</translation>
    </message>
</context>
<context>
    <name>ClientOutcome</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a mail program, %2 its servers or &quot;nothing&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ekkert</translation>
    </message>
    <message>
        <source>Thunderbird for Android</source>
        <translation>Thunderbird fyrir Android</translation>
    </message>
    <message>
        <source>%1, from %2 (%3)</source>
        <extracomment>%1 are servers, %2 where they came from (&quot;autoconfig&quot;), %3 its web address or DNS name</extracomment>
        <translation>%1, frá %2 (%3)</translation>
    </message>
    <message>
        <source>nothing from the domain: it falls back to guessing host names</source>
        <translation>ekkert frá léninu: það reynir þá að giska á vélarheiti</translation>
    </message>
    <message>
        <source>nothing from the domain: it asks the person for the servers</source>
        <translation>ekkert frá léninu: það spyr notandann um póstþjónana</translation>
    </message>
    <message>
        <source>nothing from the domain: Apple Mail only uses its own database and configuration profiles; publish a profile (portpilot export --to mobileconfig)</source>
        <translation>ekkert frá léninu: Apple Mail notar aðeins eigin gagnagrunn og stillingaprófíla; birtu prófíl (portpilot export --to mobileconfig)</translation>
    </message>
    <message>
        <source>the Autodiscover service at %1, with no IMAP or POP3 settings Portpilot reads (Exchange, or a redirect)</source>
        <extracomment>%1 is a web address or DNS name</extracomment>
        <translation>Autodiscover-þjónustan á %1, án IMAP- eða POP3-stillinga sem Portpilot les (Exchange, eða áframvísun)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: portpilot [--address ADDRESS] [--ca-certificates FILE] [--lang LANGUAGE]
       portpilot COMMAND [OPTIONS]

Without a command, Portpilot opens the account setup wizard.

Commands:
</source>
        <translation>Notkun: portpilot [--address NETFANG] [--ca-certificates SKRÁ] [--lang TUNGUMÁL]
        portpilot SKIPUN [VALKOSTIR]

Án skipunar opnar Portpilot uppsetningu póstreiknings.

Skipanir:
</translation>
    </message>
    <message>
        <source>
Options:
  --address ADDRESS       Start the wizard with this address filled in.
  --ca-certificates FILE  The wizard also trusts the CA certificates in this PEM file.
  --lang LANGUAGE         Use this language (for example “is” or “en”).
  -h, --help              Show this help.
  -v, --version           Show the version.

“portpilot COMMAND --help” describes a command.
Exit status: 0 success, 1 the operation failed, 2 bad usage or bad input.
</source>
        <translation>
Valkostir:
  --address NETFANG       Opna uppsetninguna með þetta netfang útfyllt.
  --ca-certificates SKRÁ  Uppsetningin treystir líka CA-skilríkjunum í þessari PEM-skrá.
  --lang TUNGUMÁL         Nota þetta tungumál (til dæmis „is“ eða „en“).
  -h, --help              Sýna þessa hjálp.
  -v, --version           Sýna útgáfuna.

„portpilot SKIPUN --help“ lýsir skipun.
Skilagildi: 0 tókst, 1 aðgerðin mistókst, 2 röng notkun eða röng inntaksgögn.
</translation>
    </message>
    <message>
        <source>portpilot: unknown command “%1”.

</source>
        <translation>portpilot: óþekkt skipun „%1“.

</translation>
    </message>
    <message>
        <source>portpilot: %1
</source>
        <translation>portpilot: %1
</translation>
    </message>
    <message>
        <source>portpilot: unknown argument “%1”.

</source>
        <translation>portpilot: óþekkt viðfang „%1“.

</translation>
    </message>
    <message>
        <source>“portpilot --help” lists the options.
</source>
        <translation>„portpilot --help“ sýnir valkostina.
</translation>
    </message>
    <message>
        <source>portpilot: the wizard cannot start (%1). Reinstalling Portpilot puts it back.
</source>
        <translation>portpilot: uppsetningin getur ekki ræst (%1). Ef Portpilot er sett upp aftur kemur hún til baka.
</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>[file]</source>
        <translation>[skrá]</translation>
    </message>
    <message>
        <source>The same as the file argument.</source>
        <translation>Það sama og skrárviðfangið.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>skrá</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[netfang]</translation>
    </message>
    <message>
        <source>The same as the address argument.</source>
        <translation>Það sama og netfangsviðfangið.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>netfang</translation>
    </message>
    <message>
        <source>%1, in seconds from %2 to %3 (default %4).</source>
        <extracomment>%1 says what the timeout limits, %2 and %3 are the bounds, %4 the default</extracomment>
        <translation>%1, í sekúndum frá %2 til %3 (sjálfgefið %4).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekúndur</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Treysta líka CA-skilríkjunum í þessari PEM-skrá.</translation>
    </message>
    <message>
        <source>--%1 and --%2 are the same option; give only --%2.</source>
        <translation>--%1 og --%2 eru sami valkosturinn; gefðu aðeins upp --%2.</translation>
    </message>
    <message>
        <source>--%1 is an old name of --%2 and goes away in the next release; use --%2.</source>
        <translation>--%1 er gamalt heiti á --%2 og hverfur í næstu útgáfu; notaðu --%2.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>óvænt viðfang „%1“.</translation>
    </message>
    <message>
        <source>portpilot %1: warning: %2
</source>
        <extracomment>%1 is the command (test, export, …), %2 the warning</extracomment>
        <translation>portpilot %1: aðvörun: %2
</translation>
    </message>
    <message>
        <source>portpilot %1: note: %2
</source>
        <extracomment>%1 is the command (test, export, …), %2 the note</extracomment>
        <translation>portpilot %1: athugið: %2
</translation>
    </message>
    <message>
        <source>give the file once: as the argument or with --config FILE.</source>
        <translation>gefðu skrána upp einu sinni: sem viðfang eða með --config SKRÁ.</translation>
    </message>
    <message>
        <source>give the clientConfig file to read (FILE or --config FILE).</source>
        <translation>gefðu upp clientConfig-skrána sem á að lesa (SKRÁ eða --config SKRÁ).</translation>
    </message>
    <message>
        <source>give the address once: as the argument or with --address ADDRESS.</source>
        <translation>gefðu netfangið upp einu sinni: sem viðfang eða með --address NETFANG.</translation>
    </message>
    <message>
        <source>the timeout must be a number of seconds from %1 to %2.</source>
        <extracomment>%1 and %2 are the bounds</extracomment>
        <translation>tímamörkin verða að vera fjöldi sekúndna frá %1 til %2.</translation>
    </message>
    <message numerus="yes">
        <source>no password on standard input (one line, at most %n bytes).</source>
        <translation>
            <numerusform>ekkert lykilorð í staðalinntaki (ein lína, í mesta lagi %n bæti).</numerusform>
            <numerusform>ekkert lykilorð í staðalinntaki (ein lína, í mesta lagi %n bæti).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print what Portpilot does (the sources asked, each step of a login, the keychain, the files written) on standard error; passwords and tokens removed.</source>
        <translation>Prenta á staðalvillu það sem Portpilot gerir (uppspretturnar sem spurðar eru, hvert skref innskráningar, lykilorðageymsluna, skrárnar sem eru skrifaðar); án lykilorða og tóka.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>lén</translation>
    </message>
    <message>
        <source>give the domain to check.</source>
        <translation>tilgreindu lénið sem á að athuga.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1“ er ekki lén.</translation>
    </message>
    <message>
        <source>source…</source>
        <translation>uppruni…</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>Portpilot’s list of providers</source>
        <translation>Listi Portpilot yfir þjónustuaðila</translation>
    </message>
    <message>
        <source>Your provider’s website (secure)</source>
        <translation>Vefsvæði þjónustuaðilans þíns (öruggt)</translation>
    </message>
    <message>
        <source>Thunderbird’s database of providers</source>
        <translation>Gagnagrunnur Thunderbird yfir þjónustuaðila</translation>
    </message>
    <message>
        <source>The server that receives your domain’s mail (MX)</source>
        <translation>Póstþjónninn sem tekur við pósti lénsins þíns (MX)</translation>
    </message>
    <message>
        <source>Service records in DNS (SRV)</source>
        <translation>Þjónustufærslur í DNS (SRV)</translation>
    </message>
    <message>
        <source>Trying common server names</source>
        <translation>Prófa algeng heiti póstþjóna</translation>
    </message>
    <message>
        <source>Your provider’s website (not secure)</source>
        <translation>Vefsvæði þjónustuaðilans þíns (ekki öruggt)</translation>
    </message>
    <message>
        <source>Typed by you</source>
        <translation>Slegið inn af þér</translation>
    </message>
    <message>
        <source>A settings file</source>
        <translation>Stillingaskrá</translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation>Óþekkt heimild</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>treyst</translation>
    </message>
    <message>
        <source>third party over HTTPS</source>
        <translation>þriðji aðili um HTTPS</translation>
    </message>
    <message>
        <source>unauthenticated, needs approval</source>
        <translation>óstaðfest, þarf samþykki</translation>
    </message>
    <message>
        <source>insecure, needs approval</source>
        <translation>óöruggt, þarf samþykki</translation>
    </message>
    <message>
        <source>found settings</source>
        <translation>stillingar fundust</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>ekkert fannst</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mistókst</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>ekki þörf</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>engin dulritun</translation>
    </message>
    <message>
        <source>SSL/TLS: the connection is encrypted from the very first byte. This is the safest choice.</source>
        <translation>SSL/TLS: tengingin er dulrituð frá allra fyrsta bæti. Þetta er öruggasti kosturinn.</translation>
    </message>
    <message>
        <source>STARTTLS: the connection starts unencrypted and switches to encryption before your password is sent. Portpilot refuses to continue if the switch fails.</source>
        <translation>STARTTLS: tengingin byrjar ódulrituð og skiptir yfir í dulritun áður en lykilorðið er sent. Portpilot heldur ekki áfram ef skiptin mistakast.</translation>
    </message>
    <message>
        <source>No encryption: everything, your password included, can be read by anyone on the network.</source>
        <translation>Engin dulritun: hver sem er á netinu getur lesið allt, líka lykilorðið þitt.</translation>
    </message>
    <message>
        <source>IMAP keeps your mail on the server and in sync across all your devices: what you read, move or delete on one shows on the others. Choose it if you read mail on more than one device.</source>
        <translation>IMAP geymir póstinn á póstþjóninum og samstilltan á öllum tækjunum þínum: það sem þú lest, færir eða eyðir á einu sést á hinum. Veldu það ef þú lest póst á fleiri en einu tæki.</translation>
    </message>
    <message>
        <source>SMTP sends your mail.</source>
        <translation>SMTP sendir póstinn þinn.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nafn: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Netfang: %1</translation>
    </message>
    <message>
        <source>Incoming: %1 %2:%3, %4, user name “%5”</source>
        <extracomment>%1 protocol (IMAP/POP3), %2 host, %3 port, %4 security, %5 user name</extracomment>
        <translation>Inn: %1 %2:%3, %4, notandanafn „%5“</translation>
    </message>
    <message>
        <source>Outgoing: %1 %2:%3, %4, user name “%5”</source>
        <translation>Út: %1 %2:%3, %4, notandanafn „%5“</translation>
    </message>
    <message>
        <source>Your mail program on this computer</source>
        <translation>Póstforritið þitt á þessari tölvu</translation>
    </message>
    <message>
        <source>POP3 downloads your mail to this device and usually removes it from the server, so your phone and other computers no longer see it. Choose it only if you read mail on this one device and want it stored here.</source>
        <translation>POP3 sækir póstinn á þetta tæki og fjarlægir hann yfirleitt af póstþjóninum, svo að síminn og aðrar tölvur sjá hann ekki lengur. Veldu það aðeins ef þú lest póst á þessu eina tæki og vilt geyma hann hér.</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>, user %1</source>
        <extracomment>%1 is the user name for the login</extracomment>
        <translation>, notandi %1</translation>
    </message>
    <message>
        <source> (from %1, %2)</source>
        <extracomment>%1 is where the setting came from, %2 how far it is trusted</extracomment>
        <translation> (frá: %1, %2)</translation>
    </message>
    <message>
        <source> [approve %1]</source>
        <extracomment>%1 is a domain name the user must approve</extracomment>
        <translation> [samþykkja %1]</translation>
    </message>
    <message>
        <source> [certificate not valid]</source>
        <translation> [skilríki ekki gilt]</translation>
    </message>
    <message>
        <source> [UNENCRYPTED]</source>
        <translation> [ÓDULRITAÐ]</translation>
    </message>
    <message>
        <source>Provider: %1
</source>
        <translation>Þjónustuaðili: %1
</translation>
    </message>
    <message>
        <source>Incoming servers, best first:
</source>
        <translation>Póstþjónar inn, bestu fyrst:
</translation>
    </message>
    <message>
        <source>Outgoing servers, best first:
</source>
        <translation>Póstþjónar út, bestu fyrst:
</translation>
    </message>
    <message>
        <source>Before you start: %1 (%2)
</source>
        <extracomment>%1 is an instruction from the provider, %2 a web address</extracomment>
        <translation>Áður en þú byrjar: %1 (%2)
</translation>
    </message>
    <message>
        <source>Help: %1
</source>
        <translation>Hjálp: %1
</translation>
    </message>
    <message>
        <source>Find the mail servers for an email address</source>
        <translation>Finna póstþjóna fyrir tölvupóstfang</translation>
    </message>
    <message>
        <source>The email address to find servers for.</source>
        <translation>Tölvupóstfangið sem á að finna póstþjóna fyrir.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>snið</translation>
    </message>
    <message>
        <source>Base address of the ISP database; the domain is appended.</source>
        <translation>Grunnslóð ISP-gagnagrunnsins; léninu er bætt aftan við.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>slóð</translation>
    </message>
    <message>
        <source>Do not probe likely server names.</source>
        <translation>Ekki prófa líkleg heiti póstþjóna.</translation>
    </message>
    <message>
        <source>Also fetch autoconfig over unencrypted HTTP (without the address).</source>
        <translation>Sækja líka autoconfig um ódulritað HTTP (án netfangsins).</translation>
    </message>
    <message>
        <source>Do not use Portpilot’s own provider list.</source>
        <translation>Ekki nota eigin þjónustuaðilalista Portpilot.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ er ekki vefslóð.</translation>
    </message>
    <message>
        <source>What to print: text (default), json or xml.</source>
        <translation>Hvað á að prenta: text (sjálfgefið), json eða xml.</translation>
    </message>
    <message>
        <source>The longest wait for the final answer</source>
        <translation>Lengsta bið eftir endanlegu svari</translation>
    </message>
    <message>
        <source>unknown format “%1”; use text, json or xml.</source>
        <translation>óþekkt snið „%1“; notaðu text, json eða xml.</translation>
    </message>
    <message>
        <source>give the email address to find servers for.</source>
        <translation>gefðu upp tölvupóstfangið sem á að finna póstþjóna fyrir.</translation>
    </message>
    <message>
        <source>plain-HTTP autoconfig is on; anyone on the network can change what it returns. Its results need your approval.</source>
        <translation>autoconfig um ódulritað HTTP er virkt; hver sem er á netinu getur breytt svarinu. Niðurstöður þess þurfa samþykki þitt.</translation>
    </message>
    <message>
        <source>no servers found for “%1”.</source>
        <translation>engir póstþjónar fundust fyrir „%1“.</translation>
    </message>
    <message>
        <source>… %1: asking
</source>
        <extracomment>progress line; %1 names a discovery source</extracomment>
        <translation>… %1: spyr
</translation>
    </message>
    <message>
        <source>(unconfirmed source) %1</source>
        <extracomment>%1 is an instruction read from settings found through DNS or a guess</extracomment>
        <translation>(óstaðfest uppspretta) %1</translation>
    </message>
    <message>
        <source>Before you start: %1
</source>
        <translation>Áður en þú byrjar: %1
</translation>
    </message>
    <message>
        <source>%1 %2: %3
</source>
        <extracomment>%1 is a mark (✓, ✗ or –), %2 names a discovery source, %3 how it ended</extracomment>
        <translation>%1 %2: %3
</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)
</source>
        <extracomment>%1 is a mark (✓, ✗ or –), %2 names a discovery source, %3 how it ended, %4 details</extracomment>
        <translation>%1 %2: %3 (%4)
</translation>
    </message>
</context>
<context>
    <name>DnsZoneExporter</name>
    <message>
        <source>DNS zone snippet for the domain owner: SRV records (RFC 6186/8314) and the autoconfig names</source>
        <translation>Bútur úr DNS-svæði fyrir eiganda lénsins: SRV-færslur (RFC 6186/8314) og autoconfig-heitin</translation>
    </message>
    <message>
        <source>Skipped %1: not a valid host name.</source>
        <translation>Sleppti %1: ekki gilt vélarheiti.</translation>
    </message>
    <message>
        <source>%1 has no encryption; clients that follow RFC 8314 will not use it.</source>
        <translation>%1 hefur enga dulritun; póstforrit sem fylgja RFC 8314 nota það ekki.</translation>
    </message>
    <message>
        <source>Only the services Portpilot knows of are listed; a service the domain does not offer can be marked with the target “.”.</source>
        <translation>Aðeins þjónustur sem Portpilot þekkir eru taldar upp; þjónustu sem lénið býður ekki má merkja með markinu „.“.</translation>
    </message>
    <message>
        <source>DNS records never carry passwords; none was written.</source>
        <translation>DNS-færslur innihalda aldrei lykilorð; ekkert var skrifað.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The email address is empty.</source>
        <translation>Tölvupóstfangið er autt.</translation>
    </message>
    <message>
        <source>The email address is longer than 254 characters.</source>
        <translation>Tölvupóstfangið er lengra en 254 stafir.</translation>
    </message>
    <message>
        <source>The email address has no “@”: it should look like name@example.com.</source>
        <translation>Tölvupóstfangið hefur ekkert „@“: það ætti að líta út eins og nafn@example.com.</translation>
    </message>
    <message>
        <source>The email address has nothing before the “@”.</source>
        <translation>Tölvupóstfangið hefur ekkert á undan „@“.</translation>
    </message>
    <message>
        <source>The part before the “@” is longer than 64 characters.</source>
        <translation>Hlutinn á undan „@“ er lengri en 64 stafir.</translation>
    </message>
    <message>
        <source>The part before the “@” contains a character an address cannot have.</source>
        <translation>Hlutinn á undan „@“ inniheldur staf sem netfang getur ekki haft.</translation>
    </message>
    <message>
        <source>The email address has nothing after the “@”.</source>
        <translation>Tölvupóstfangið hefur ekkert á eftir „@“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid mail domain.</source>
        <translation>„%1“ er ekki gilt póstlén.</translation>
    </message>
</context>
<context>
    <name>EvolutionExporter</name>
    <message>
        <source>Evolution account, identity and transport (.source files for ~/.config/evolution/sources)</source>
        <translation>Reikningur, auðkenni og sendingarleið fyrir Evolution (.source-skrár fyrir ~/.config/evolution/sources)</translation>
    </message>
    <message>
        <source>Evolution&apos;s files never carry passwords; none was written.</source>
        <translation>Skrár Evolution innihalda aldrei lykilorð; ekkert var skrifað.</translation>
    </message>
    <message>
        <source>Evolution reads the three .source files from ~/.config/evolution/sources/ (export --install puts them there) and picks up new ones while it runs; it asks for the password and keeps it in the keychain.</source>
        <translation>Evolution les .source-skrárnar þrjár úr ~/.config/evolution/sources/ (export --install setur þær þangað) og tekur upp nýjar meðan það keyrir; það biður um lykilorðið og geymir það í lykilorðageymslunni.</translation>
    </message>
</context>
<context>
    <name>ExportBatch</name>
    <message>
        <source>There is no export format “%1”.</source>
        <translation>Ekkert útflutningssnið heitir „%1“.</translation>
    </message>
    <message>
        <source>%1: saved as “%2”</source>
        <translation>%1: vistað sem „%2“</translation>
    </message>
    <message>
        <source>%1: not exported</source>
        <extracomment>%1 export format; the reason no longer applies (the settings changed since)</extracomment>
        <translation>%1: ekki flutt út</translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <extracomment>%1 export format, %2 the reason</extracomment>
        <translation>%1: ekki flutt út: %2</translation>
    </message>
    <message>
        <source>%1: not saved: “%2” already exists; nothing was replaced.</source>
        <extracomment>%1 export format, %2 the file in the way</extracomment>
        <translation>%1: ekki vistað: „%2“ er þegar til; engu var skipt út.</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1: ekki vistað: %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the account as a profile for a mail client</source>
        <translation>Skrifa reikninginn sem stillingar fyrir póstforrit</translation>
    </message>
    <message>
        <source>The autoconfig (clientConfig 1.1) file to read.</source>
        <translation>Autoconfig-skráin (clientConfig 1.1) sem á að lesa.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>skrá</translation>
    </message>
    <message>
        <source>name</source>
        <translation>heiti</translation>
    </message>
    <message>
        <source>The email address of the account.</source>
        <translation>Tölvupóstfang reikningsins.</translation>
    </message>
    <message>
        <source>The name recipients see.</source>
        <translation>Nafnið sem viðtakendur sjá.</translation>
    </message>
    <message>
        <source>Where to write: a file, “-” for standard output (the default), or a folder for formats made of several files.</source>
        <translation>Hvert á að skrifa: skrá, „-“ fyrir staðalúttak (sjálfgefið), eða mappa fyrir snið sem samanstanda af nokkrum skrám.</translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation>Skipta út skrám sem eru til.</translation>
    </message>
    <message>
        <source>Write the password in clear text (needs --password-stdin).</source>
        <translation>Skrifa lykilorðið sem hreinan texta (þarf --password-stdin).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lesa lykilorðið úr fyrstu línu staðalinntaks.</translation>
    </message>
    <message>
        <source>List the formats and exit.</source>
        <translation>Telja upp sniðin og hætta.</translation>
    </message>
    <message>
        <source>The profile to write (see --list-formats).</source>
        <translation>Sniðið sem á að skrifa (sjá --list-formats).</translation>
    </message>
    <message>
        <source>say which profile to write with --to NAME (see --list-formats).</source>
        <translation>segðu hvaða snið á að skrifa með --to HEITI (sjá --list-formats).</translation>
    </message>
    <message>
        <source>unknown format “%1”; the formats are: %2.</source>
        <translation>óþekkt snið „%1“; sniðin eru: %2.</translation>
    </message>
    <message>
        <source>--include-password and --password-stdin go together: the password is only read from standard input.</source>
        <translation>--include-password og --password-stdin fara saman: lykilorðið er aðeins lesið úr staðalinntaki.</translation>
    </message>
    <message>
        <source>the %1 format has several files; give a folder with --output.</source>
        <translation>sniðið %1 samanstendur af nokkrum skrám; gefðu upp möppu með --output.</translation>
    </message>
    <message>
        <source>the file names no address; give one with --address.</source>
        <translation>skráin tilgreinir ekkert netfang; gefðu það upp með --address.</translation>
    </message>
    <message>
        <source>the password is written in clear text; keep the output private.</source>
        <translation>lykilorðið er skrifað sem hreinn texti; haltu úttakinu leyndu.</translation>
    </message>
    <message>
        <source>Writes the account an autoconfig file describes (its first incoming and outgoing server) as the profile of a mail client. Passwords are left out; clients that can run a command read the one Portpilot stored in the keychain. Exit status: 0 written, 1 writing failed, 2 bad usage or a value the format cannot carry, or the output exists without --force.</source>
        <translation>Skrifar reikninginn sem autoconfig-skrá lýsir (fyrsta póstþjón inn og út) sem snið póstforrits. Lykilorðum er sleppt; póstforrit sem geta keyrt skipun lesa lykilorðið sem Portpilot geymdi í lykilorðageymslunni. Skilagildi: 0 skrifað, 1 skrif mistókust, 2 röng notkun eða gildi sem sniðið getur ekki geymt, eða úttakið er til og --force vantar.</translation>
    </message>
    <message>
        <source>Undo --install given the same arguments.</source>
        <translation>Afturkalla --install með sömu viðföngum.</translation>
    </message>
    <message>
        <source>--install and --uninstall exclude each other.</source>
        <translation>--install og --uninstall útiloka hvort annað.</translation>
    </message>
    <message>
        <source>--install and --uninstall choose the file themselves; leave out --output and --force.</source>
        <translation>--install og --uninstall velja skrána sjálf; slepptu --output og --force.</translation>
    </message>
    <message>
        <source>the %1 format cannot be installed; the formats that can are: %2.</source>
        <translation>ekki er hægt að setja %1-sniðið inn; sniðin sem hægt er að setja inn eru: %2.</translation>
    </message>
    <message>
        <source>Put the account where the client reads it (its own file, in a marked block; Evolution&apos;s sources folder; Thunderbird&apos;s profile, merged with its accounts).</source>
        <translation>Setja aðganginn þar sem forritið les hann (í eigin skrá þess, í merktum bálki; í upprunamöppu Evolution; í prófíl Thunderbird, með aðgöngunum sem þar eru).</translation>
    </message>
    <message>
        <source>With --to thunderbird and --install or --uninstall: the Thunderbird profile folder (default: the one Thunderbird starts with).</source>
        <translation>Með --to thunderbird og --install eða --uninstall: Thunderbird-prófílmappan (sjálfgefið: sú sem Thunderbird ræsist með).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mappa</translation>
    </message>
    <message>
        <source>--profile goes with --to thunderbird and --install or --uninstall.</source>
        <translation>--profile fer með --to thunderbird og --install eða --uninstall.</translation>
    </message>
</context>
<context>
    <name>ExportFileWriter</name>
    <message>
        <source>“%1” already exists; nothing was written (use --force to replace it).</source>
        <translation>„%1“ er þegar til; ekkert var skrifað (notaðu --force til að skipta henni út).</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ er mappa.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Get ekki skrifað „%1“: %2</translation>
    </message>
    <message>
        <source>Cannot set the permissions of “%1”.</source>
        <translation>Get ekki stillt heimildir fyrir „%1“.</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>Ekkert að skrifa.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Get ekki búið til möppuna „%1“.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; nothing was written through it.</source>
        <translation>„%1“ er tákntengill; ekkert var skrifað í gegnum hann.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>display name</source>
        <extracomment>The person&apos;s name shown to recipients, a field of the exported account.</extracomment>
        <translation>birtingarnafn</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>tölvupóstfang</translation>
    </message>
    <message>
        <source>user name of the incoming server</source>
        <translation>notandanafn á póstþjóni inn</translation>
    </message>
    <message>
        <source>user name of the outgoing server</source>
        <translation>notandanafn á póstþjóni út</translation>
    </message>
    <message>
        <source>host name of the incoming server</source>
        <translation>vélarheiti póstþjóns inn</translation>
    </message>
    <message>
        <source>host name of the outgoing server</source>
        <translation>vélarheiti póstþjóns út</translation>
    </message>
    <message>
        <source>password</source>
        <translation>lykilorð</translation>
    </message>
    <message>
        <source>provider name</source>
        <translation>heiti þjónustuaðila</translation>
    </message>
    <message>
        <source>The %1 format cannot carry the %2 “%3”: %4</source>
        <extracomment>%1 is an export format such as “msmtp”, %2 a field such as “display name”, %3 its value, %4 the reason.</extracomment>
        <translation>Sniðið %1 getur ekki geymt gildið „%3“ (%2): %4</translation>
    </message>
    <message>
        <source>The %1 format cannot express the setting of %2: %3</source>
        <extracomment>%1 is an export format, %2 a server such as “imap.example.com:993 (imap, SSL)”, %3 what it cannot express.</extracomment>
        <translation>Sniðið %1 getur ekki lýst stillingu %2: %3</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Get ekki flutt út: %1</translation>
    </message>
    <message>
        <source>Cannot export: the account has no incoming server.</source>
        <translation>Get ekki flutt út: reikningurinn hefur engan póstþjón inn.</translation>
    </message>
    <message>
        <source>Cannot export: the account has no outgoing server.</source>
        <translation>Get ekki flutt út: reikningurinn hefur engan póstþjón út.</translation>
    </message>
    <message>
        <source>it is not a valid host name (are the placeholders filled in?).</source>
        <translation>það er ekki gilt vélarheiti (eru staðgenglarnir útfylltir?).</translation>
    </message>
    <message>
        <source>port 0 is not a port.</source>
        <translation>gátt 0 er ekki gátt.</translation>
    </message>
    <message>
        <source>No user name was set for %1; the export uses the email address “%2”.</source>
        <translation>Ekkert notandanafn var stillt fyrir %1; útflutningurinn notar tölvupóstfangið „%2“.</translation>
    </message>
    <message>
        <source>it contains a line break or another control character.</source>
        <translation>það inniheldur línuskil eða annað stýritákn.</translation>
    </message>
    <message>
        <source>the client has no authentication “%1” for this server.</source>
        <extracomment>%1 an authentication method such as “password-encrypted”.</extracomment>
        <translation>forritið hefur enga auðkenningu „%1“ fyrir þennan þjón.</translation>
    </message>
</context>
<context>
    <name>ExtraCaCertificates</name>
    <message>
        <source>cannot read “%1”.</source>
        <translation>get ekki lesið „%1“.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>„%1“ inniheldur ekkert PEM-skilríki.</translation>
    </message>
</context>
<context>
    <name>FetchmailExporter</name>
    <message>
        <source>fetchmail run-control file (.fetchmailrc) that fetches mail for local delivery</source>
        <translation>Stillingaskrá fetchmail (.fetchmailrc) sem sækir póst til afhendingar á vélinni</translation>
    </message>
    <message>
        <source>fetchmail cannot write a value that has both kinds of quotes.</source>
        <translation>fetchmail getur ekki skrifað gildi sem hefur báðar gerðir gæsalappa.</translation>
    </message>
    <message>
        <source>%1 is used without encryption: fetchmail sends the password unprotected.</source>
        <translation>%1 er notað án dulritunar: fetchmail sendir lykilorðið óvarið.</translation>
    </message>
    <message>
        <source>fetchmail cannot read the keychain: it asks for the password, or reads it from ~/.netrc.</source>
        <translation>fetchmail getur ekki lesið lykilorðageymsluna: það spyr um lykilorðið eða les það úr ~/.netrc.</translation>
    </message>
    <message>
        <source>fetchmail only receives mail; set up sending with the msmtp export.</source>
        <translation>fetchmail tekur aðeins á móti pósti; settu upp sendingu með msmtp-útflutningnum.</translation>
    </message>
    <message>
        <source>fetchmail 6.4 has no OAuth2 login, and it cannot run a command for a fresh access token; use another client (neomutt) or a password.</source>
        <translation>fetchmail 6.4 getur ekki skráð inn með OAuth2 og getur ekki keyrt skipun sem sækir nýjan aðgangstóka; notaðu annað póstforrit (neomutt) eða lykilorð.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>note</source>
        <translation>athugasemd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aðvörun</translation>
    </message>
    <message>
        <source>error</source>
        <translation>villa</translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <source>There is no autoconfig document at either address: Thunderbird, KMail, Evolution and Thunderbird for Android fall back to the ISP database, DNS or guessing, and may end up with no settings or wrong ones.</source>
        <translation>Ekkert autoconfig-skjal er á hvorugri slóðinni: Thunderbird, KMail, Evolution og Thunderbird fyrir Android leita þá í ISP-gagnagrunninum, DNS eða giska, og geta endað með engar stillingar eða rangar.</translation>
    </message>
    <message>
        <source>The address does not answer (%1); clients wait for it, then look elsewhere.</source>
        <translation>Slóðin svarar ekki (%1); póstforrit bíða eftir henni og leita svo annað.</translation>
    </message>
    <message>
        <source>Make the web server answer on port 443 for this name, or remove the name from DNS.</source>
        <translation>Láttu vefþjóninn svara á gátt 443 fyrir þetta heiti, eða fjarlægðu heitið úr DNS.</translation>
    </message>
    <message>
        <source>The web server’s certificate is not valid for this exact name (%1); clients refuse the document.</source>
        <translation>Skilríki vefþjónsins gildir ekki fyrir nákvæmlega þetta heiti (%1); póstforrit hafna skjalinu.</translation>
    </message>
    <message>
        <source>Get a certificate that lists this host name (for example add it to the Let’s Encrypt certificate of the web server) and configure it for this name.</source>
        <translation>Fáðu skilríki sem tilgreinir þetta vélarheiti (til dæmis með því að bæta því við Let’s Encrypt-skilríki vefþjónsins) og stilltu það fyrir þetta heiti.</translation>
    </message>
    <message>
        <source>The web server’s certificate has expired (%1); clients refuse the document.</source>
        <translation>Skilríki vefþjónsins er útrunnið (%1); póstforrit hafna skjalinu.</translation>
    </message>
    <message>
        <source>Renew the certificate and reload the web server; automate the renewal.</source>
        <translation>Endurnýjaðu skilríkið og endurhlaððu vefþjóninn; láttu endurnýjunina gerast sjálfkrafa.</translation>
    </message>
    <message>
        <source>The web server’s certificate is not trusted (%1); clients refuse the document.</source>
        <translation>Skilríki vefþjónsins er ekki treyst (%1); póstforrit hafna skjalinu.</translation>
    </message>
    <message>
        <source>Use a certificate from a public certificate authority, with the whole chain configured.</source>
        <translation>Notaðu skilríki frá opinberum útgefanda skilríkja og stilltu alla keðjuna.</translation>
    </message>
    <message>
        <source>The web server’s certificate expires on %1; after that clients refuse the document.</source>
        <translation>Skilríki vefþjónsins rennur út %1; eftir það hafna póstforrit skjalinu.</translation>
    </message>
    <message>
        <source>Renew the certificate now and check that renewal runs by itself.</source>
        <translation>Endurnýjaðu skilríkið núna og gakktu úr skugga um að endurnýjunin gerist sjálfkrafa.</translation>
    </message>
    <message>
        <source>The address redirects within the domain (%1); clients follow at most a few redirects.</source>
        <translation>Slóðin vísar áfram innan lénsins (%1); póstforrit fylgja aðeins fáum áframvísunum.</translation>
    </message>
    <message>
        <source>Nothing is needed; serving the file at the address itself saves a round trip.</source>
        <translation>Ekkert þarf að gera; að birta skrána á slóðinni sjálfri sparar eina umferð.</translation>
    </message>
    <message>
        <source>The address redirects to another domain (%1); careful clients do not follow it, so they get no settings from here.</source>
        <translation>Slóðin vísar áfram á annað lén (%1); varkár póstforrit fylgja því ekki og fá því engar stillingar héðan.</translation>
    </message>
    <message>
        <source>Serve the file under this domain instead of redirecting: publish the autoconfig file below at this address.</source>
        <translation>Birtu skrána undir þessu léni í stað þess að vísa áfram: settu autoconfig-skrána hér fyrir neðan á þessa slóð.</translation>
    </message>
    <message>
        <source>The address redirects from HTTPS to plain HTTP (%1); clients refuse it.</source>
        <translation>Slóðin vísar frá HTTPS á ódulritað HTTP (%1); póstforrit hafna því.</translation>
    </message>
    <message>
        <source>Serve the file over HTTPS at this address, without redirecting to http://.</source>
        <translation>Birtu skrána um HTTPS á þessari slóð, án áframvísunar á http://.</translation>
    </message>
    <message>
        <source>The address redirects too often (%1); clients give up.</source>
        <translation>Slóðin vísar of oft áfram (%1); póstforrit gefast upp.</translation>
    </message>
    <message>
        <source>Serve the file at the address itself, or redirect once to where it is.</source>
        <translation>Birtu skrána á slóðinni sjálfri, eða vísaðu einu sinni áfram þangað sem hún er.</translation>
    </message>
    <message>
        <source>The web server answers with an error (%1); clients get no settings from here.</source>
        <translation>Vefþjónninn svarar með villu (%1); póstforrit fá engar stillingar héðan.</translation>
    </message>
    <message>
        <source>Publish the autoconfig file below at this address, readable without a login.</source>
        <translation>Birtu autoconfig-skrána hér fyrir neðan á þessari slóð, læsilega án innskráningar.</translation>
    </message>
    <message>
        <source>The document is too large (%1); clients stop reading it.</source>
        <translation>Skjalið er of stórt (%1); póstforrit hætta að lesa það.</translation>
    </message>
    <message>
        <source>Publish the autoconfig file below; a clientConfig document is a few kilobytes.</source>
        <translation>Birtu autoconfig-skrána hér fyrir neðan; clientConfig-skjal er fáein kílóbæti.</translation>
    </message>
    <message>
        <source>The document comes with the media type “%1”; strict clients expect text/xml or application/xml.</source>
        <translation>Skjalið kemur með miðilsgerðina „%1“; ströng póstforrit búast við text/xml eða application/xml.</translation>
    </message>
    <message>
        <source>Serve it as text/xml (nginx: types { text/xml xml; } or default_type text/xml; Apache: AddType text/xml .xml).</source>
        <translation>Sendu það sem text/xml (nginx: types { text/xml xml; } eða default_type text/xml; Apache: AddType text/xml .xml).</translation>
    </message>
    <message>
        <source>The document is not a valid clientConfig file (%1); clients ignore it and look elsewhere.</source>
        <translation>Skjalið er ekki gild clientConfig-skrá (%1); póstforrit hunsa það og leita annað.</translation>
    </message>
    <message>
        <source>Replace it with the autoconfig file below.</source>
        <translation>Settu autoconfig-skrána hér fyrir neðan í stað þess.</translation>
    </message>
    <message>
        <source>Parts of the document are skipped: %1.</source>
        <translation>Hlutum skjalsins er sleppt: %1.</translation>
    </message>
    <message>
        <source>Remove or correct those parts; the autoconfig file below has only what works.</source>
        <translation>Fjarlægðu eða leiðréttu þá hluta; autoconfig-skráin hér fyrir neðan hefur aðeins það sem virkar.</translation>
    </message>
    <message>
        <source>The ISP database has an entry for the domain; clients that find no autoconfig of the domain use it.</source>
        <translation>ISP-gagnagrunnurinn hefur færslu fyrir lénið; póstforrit sem finna ekkert autoconfig lénsins nota hana.</translation>
    </message>
    <message>
        <source>Keep it up to date when the servers change (https://github.com/thunderbird/autoconfig).</source>
        <translation>Haltu henni réttri þegar póstþjónarnir breytast (https://github.com/thunderbird/autoconfig).</translation>
    </message>
    <message>
        <source>The ISP database names other servers than the domain’s own autoconfig (%1); clients that ask it first get those.</source>
        <translation>ISP-gagnagrunnurinn tilgreinir aðra póstþjóna en eigið autoconfig lénsins (%1); póstforrit sem spyrja hann fyrst fá þá.</translation>
    </message>
    <message>
        <source>Ask for the ISP database entry to be corrected, or make the autoconfig file match.</source>
        <translation>Biddu um að færslan í ISP-gagnagrunninum verði leiðrétt, eða láttu autoconfig-skrána passa við hana.</translation>
    </message>
    <message>
        <source>The domain has no MX record; clients cannot learn the mail provider from DNS.</source>
        <translation>Lénið hefur enga MX-færslu; póstforrit geta ekki fundið póstþjónustuna í DNS.</translation>
    </message>
    <message>
        <source>If the domain receives mail, publish an MX record for it.</source>
        <translation>Ef lénið tekur við pósti, birtu MX-færslu fyrir það.</translation>
    </message>
    <message>
        <source>The MX record names a provider with its own settings (%1); clients with no autoconfig of the domain use those.</source>
        <translation>MX-færslan tilgreinir þjónustuaðila með eigin stillingar (%1); póstforrit sem finna ekkert autoconfig lénsins nota þær.</translation>
    </message>
    <message>
        <source>Publish an autoconfig file of the domain if its users log in elsewhere.</source>
        <translation>Birtu autoconfig-skrá lénsins ef notendur þess skrá sig inn annars staðar.</translation>
    </message>
    <message>
        <source>The MX record points at one provider, the autoconfig file at another (%1); the settings may be stale, or mail arrives where users do not read it.</source>
        <translation>MX-færslan vísar á einn þjónustuaðila, autoconfig-skráin á annan (%1); stillingarnar geta verið úreltar, eða pósturinn berst þangað sem notendur lesa hann ekki.</translation>
    </message>
    <message>
        <source>Make them agree: point the MX record at the mail servers the autoconfig names, or publish the provider’s settings below as the autoconfig file.</source>
        <translation>Láttu þær passa saman: beindu MX-færslunni á póstþjónana sem autoconfig tilgreinir, eða birtu stillingar þjónustuaðilans hér fyrir neðan sem autoconfig-skrá.</translation>
    </message>
    <message>
        <source>There are no RFC 6186 SRV records; clients that use DNS (KMail, Evolution, some phones) must guess.</source>
        <translation>Engar SRV-færslur samkvæmt RFC 6186 eru til; póstforrit sem nota DNS (KMail, Evolution, sumir símar) verða að giska.</translation>
    </message>
    <message>
        <source>Add these records to the zone:</source>
        <translation>Bættu þessum færslum við svæðið:</translation>
    </message>
    <message>
        <source>The SRV record names a server the autoconfig file does not (%1); clients that use DNS get other settings than the rest.</source>
        <translation>SRV-færslan tilgreinir póstþjón sem autoconfig-skráin gerir ekki (%1); póstforrit sem nota DNS fá aðrar stillingar en hin.</translation>
    </message>
    <message>
        <source>Replace the domain’s SRV records with these:</source>
        <translation>Settu þessar í stað SRV-færslna lénsins:</translation>
    </message>
    <message>
        <source>There is no Autodiscover service; Outlook cannot set up the account by itself and may try other names of the domain.</source>
        <translation>Engin Autodiscover-þjónusta er til; Outlook getur ekki sett reikninginn upp sjálft og reynir ef til vill önnur heiti lénsins.</translation>
    </message>
    <message>
        <source>If the users have Outlook, publish autodiscover.xml (portpilot export --to autodiscover).</source>
        <translation>Ef notendurnir nota Outlook, birtu autodiscover.xml (portpilot export --to autodiscover).</translation>
    </message>
    <message>
        <source>The Autodiscover server’s certificate is refused (%1); Outlook warns or gives up.</source>
        <translation>Skilríki Autodiscover-þjónsins er hafnað (%1); Outlook varar við eða gefst upp.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); clients that use these settings fail.</source>
        <translation>Ekki næst í póstþjóninn (%1); póstforrit sem nota þessar stillingar bregðast.</translation>
    </message>
    <message>
        <source>Start the service on this port, or correct the host name or port where it is advertised. Settings that work:</source>
        <translation>Ræstu þjónustuna á þessari gátt, eða leiðréttu vélarheitið eða gáttina þar sem hún er auglýst. Stillingar sem virka:</translation>
    </message>
    <message>
        <source>The server does not answer in time (%1); clients hang, then fail.</source>
        <translation>Póstþjónninn svarar ekki í tæka tíð (%1); póstforrit hanga og bregðast svo.</translation>
    </message>
    <message>
        <source>Check the firewall and that the service runs on this port.</source>
        <translation>Athugaðu eldvegginn og að þjónustan keyri á þessari gátt.</translation>
    </message>
    <message>
        <source>No TLS session could be set up (%1); clients refuse to log in.</source>
        <translation>Ekki tókst að koma á TLS-tengingu (%1); póstforrit neita að skrá inn.</translation>
    </message>
    <message>
        <source>Offer TLS 1.2 or newer on this port (Dovecot: ssl = required, ssl_min_protocol = TLSv1.2; Postfix: smtpd_tls_mandatory_protocols = &gt;=TLSv1.2), or correct the port where it is advertised.</source>
        <translation>Bjóddu TLS 1.2 eða nýrra á þessari gátt (Dovecot: ssl = required, ssl_min_protocol = TLSv1.2; Postfix: smtpd_tls_mandatory_protocols = &gt;=TLSv1.2), eða leiðréttu gáttina þar sem hún er auglýst.</translation>
    </message>
    <message>
        <source>The server’s certificate is not valid for this host name (%1); careful clients refuse it and cannot be told to accept it.</source>
        <translation>Skilríki póstþjónsins gildir ekki fyrir þetta vélarheiti (%1); varkár póstforrit hafna því og ekki er hægt að segja þeim að samþykkja það.</translation>
    </message>
    <message>
        <source>Install a certificate that lists this host name (Dovecot: ssl_cert, ssl_key; Postfix: smtpd_tls_chain_files), or advertise the name the certificate has.</source>
        <translation>Settu upp skilríki sem tilgreinir þetta vélarheiti (Dovecot: ssl_cert, ssl_key; Postfix: smtpd_tls_chain_files), eða auglýstu heitið sem skilríkið hefur.</translation>
    </message>
    <message>
        <source>The server’s certificate has expired (%1); clients refuse to connect.</source>
        <translation>Skilríki póstþjónsins er útrunnið (%1); póstforrit neita að tengjast.</translation>
    </message>
    <message>
        <source>Renew the certificate and reload Dovecot/Postfix; automate the renewal.</source>
        <translation>Endurnýjaðu skilríkið og endurhlaððu Dovecot/Postfix; láttu endurnýjunina gerast sjálfkrafa.</translation>
    </message>
    <message>
        <source>The server’s certificate is not trusted (%1); clients refuse it or ask the user to trust it.</source>
        <translation>Skilríki póstþjónsins er ekki treyst (%1); póstforrit hafna því eða biðja notandann að treysta því.</translation>
    </message>
    <message>
        <source>Use a certificate from a public certificate authority and configure the whole chain.</source>
        <translation>Notaðu skilríki frá opinberum útgefanda skilríkja og stilltu alla keðjuna.</translation>
    </message>
    <message>
        <source>The server’s certificate expires on %1; after that clients refuse to connect.</source>
        <translation>Skilríki póstþjónsins rennur út %1; eftir það neita póstforrit að tengjast.</translation>
    </message>
    <message>
        <source>Renew the certificate now and check that renewal reloads the mail servers.</source>
        <translation>Endurnýjaðu skilríkið núna og gakktu úr skugga um að endurnýjunin endurhlaði póstþjónana.</translation>
    </message>
    <message>
        <source>The settings say STARTTLS, but the server does not offer it (%1); careful clients stop, careless ones send the password unencrypted.</source>
        <translation>Stillingarnar segja STARTTLS, en póstþjónninn býður það ekki (%1); varkár póstforrit stöðvast, kærulaus senda lykilorðið ódulritað.</translation>
    </message>
    <message>
        <source>Enable TLS on this port (Dovecot: ssl = yes with a certificate; Postfix submission: -o smtpd_tls_security_level=encrypt), or advertise the implicit-TLS port instead.</source>
        <translation>Virkjaðu TLS á þessari gátt (Dovecot: ssl = yes með skilríki; Postfix submission: -o smtpd_tls_security_level=encrypt), eða auglýstu gáttina með beinu TLS í staðinn.</translation>
    </message>
    <message>
        <source>The server offers to log in before TLS (%1); a client that does so sends the password unencrypted.</source>
        <translation>Póstþjónninn býður innskráningu á undan TLS (%1); póstforrit sem þiggur það sendir lykilorðið ódulritað.</translation>
    </message>
    <message>
        <source>Allow logins only over TLS (Dovecot: disable_plaintext_auth = yes; Postfix: smtpd_tls_auth_only = yes).</source>
        <translation>Leyfðu innskráningu aðeins um TLS (Dovecot: disable_plaintext_auth = yes; Postfix: smtpd_tls_auth_only = yes).</translation>
    </message>
    <message>
        <source>The settings name a server without encryption; passwords and mail travel readable by anyone on the way.</source>
        <translation>Stillingarnar tilgreina póstþjón án dulritunar; lykilorð og póstur fara um læsileg hverjum sem er á leiðinni.</translation>
    </message>
    <message>
        <source>Advertise the implicit-TLS port (993, 995, 465) instead:</source>
        <translation>Auglýstu gáttina með beinu TLS (993, 995, 465) í staðinn:</translation>
    </message>
    <message>
        <source>The server does not answer as the advertised service does (%1); perhaps the port belongs to another service.</source>
        <translation>Póstþjónninn svarar ekki eins og auglýsta þjónustan gerir (%1); ef til vill tilheyrir gáttin annarri þjónustu.</translation>
    </message>
    <message>
        <source>Correct the port or protocol where the server is advertised. Settings that work:</source>
        <translation>Leiðréttu gáttina eða samskiptaregluna þar sem póstþjónninn er auglýstur. Stillingar sem virka:</translation>
    </message>
    <message>
        <source>The server uses STARTTLS; RFC 8314 prefers implicit TLS, which cannot be stripped on the way.</source>
        <translation>Póstþjónninn notar STARTTLS; RFC 8314 mælir frekar með beinu TLS, sem ekki er hægt að fjarlægja á leiðinni.</translation>
    </message>
    <message>
        <source>Also offer the implicit-TLS port (993, 995 or 465) and advertise it first.</source>
        <translation>Bjóddu líka gáttina með beinu TLS (993, 995 eða 465) og auglýstu hana fyrst.</translation>
    </message>
    <message>
        <source>Publish the autoconfig file below at this finding’s address (Content-Type text/xml).</source>
        <translation>Birtu autoconfig-skrána hér fyrir neðan á slóðinni sem hér er átt við (Content-Type text/xml).</translation>
    </message>
    <message>
        <source>Configure a valid certificate for the Autodiscover server’s name, or remove the name from DNS.</source>
        <translation>Stilltu gilt skilríki fyrir heiti Autodiscover-þjónsins, eða fjarlægðu heitið úr DNS.</translation>
    </message>
    <message>
        <source>The test account could not log in (%1); mail programs with these settings and that password fail the same way.</source>
        <translation>Prófunarreikningurinn gat ekki skráð sig inn (%1); póstforrit með þessar stillingar og það lykilorð bregðast á sama hátt.</translation>
    </message>
    <message>
        <source>The test account logged in with its password.</source>
        <translation>Prófunarreikningurinn skráði sig inn með lykilorði sínu.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Engu þarf að breyta.</translation>
    </message>
    <message>
        <source>This name above the domain resolves (%1). Outlook and other clients that get no Autodiscover answer from the domain try the names above it, and may send the user’s password to whoever runs this one.</source>
        <translation>Þetta heiti ofan við lénið er til (%1). Outlook og önnur forrit sem fá ekkert Autodiscover-svar frá léninu reyna heitin ofan við það og geta sent lykilorð notandans hverjum sem rekur þetta.</translation>
    </message>
    <message>
        <source>Answer at autodiscover.DOMAIN over HTTPS with a valid certificate, so clients stop there (portpilot export --to autodiscover); on networks you run, also block this name.</source>
        <translation>Svaraðu á autodiscover.DOMAIN yfir HTTPS með gildu skilríki svo forritin stöðvist þar (portpilot export --to autodiscover); lokaðu líka fyrir þetta heiti á netum sem þú rekur.</translation>
    </message>
    <message>
        <source>The autoconfig file is served only over plain HTTP. Thunderbird uses it, and anyone on the way can change the servers in it to collect passwords; Thunderbird for Android and Portpilot do not use it.</source>
        <translation>Autoconfig-skráin er aðeins birt um ódulritað HTTP. Thunderbird notar hana, og hver sem er á leiðinni getur breytt póstþjónunum í henni til að safna lykilorðum; Thunderbird fyrir Android og Portpilot nota hana ekki.</translation>
    </message>
    <message>
        <source>Serve it over HTTPS at autoconfig.DOMAIN with a valid certificate, and redirect plain HTTP there. The file, with the servers that passed the probe:</source>
        <translation>Birtu hana um HTTPS á autoconfig.LÉN með gildu skilríki og vísaðu ódulrituðu HTTP þangað. Skráin, með póstþjónunum sem stóðust prófunina:</translation>
    </message>
    <message>
        <source>JMAP clients find the session resource here (%1).</source>
        <translation>JMAP-forrit finna lotuauðlindina hér (%1).</translation>
    </message>
    <message>
        <source>JMAP answers at the domain’s own address, but there is no _jmap._tcp SRV record; clients that start from an email address and ask DNS (RFC 8620) do not find it.</source>
        <translation>JMAP svarar á eigin slóð lénsins, en engin _jmap._tcp SRV-færsla er til; forrit sem byrja á netfangi og spyrja DNS (RFC 8620) finna það ekki.</translation>
    </message>
    <message>
        <source>Add this record to the zone:</source>
        <translation>Bættu þessari færslu við svæðið:</translation>
    </message>
    <message>
        <source>The _jmap._tcp SRV record names a host whose /.well-known/jmap is not a JMAP session resource (%1); JMAP clients that follow the record fail.</source>
        <translation>_jmap._tcp SRV-færslan tilgreinir vél þar sem /.well-known/jmap er ekki JMAP-lotuauðlind (%1); JMAP-forrit sem fylgja færslunni bregðast.</translation>
    </message>
    <message>
        <source>Serve /.well-known/jmap on that host and port (a redirect to the session resource), correct the record, or give it the target “.” to say the domain offers no JMAP.</source>
        <translation>Birtu /.well-known/jmap á þeirri vél og gátt (tilvísun á lotuauðlindina), leiðréttu færsluna, eða gefðu henni markið „.“ til að segja að lénið bjóði ekki JMAP.</translation>
    </message>
    <message>
        <source>The JMAP address sends clients on to another domain (%1), with the user’s login; Portpilot did not follow it, so the session resource there is not checked.</source>
        <translation>JMAP-slóðin sendir forrit áfram á annað lén (%1), með innskráningu notandans; Portpilot fylgdi henni ekki, svo lotuauðlindin þar er ekki athuguð.</translation>
    </message>
    <message>
        <source>Nothing to change if that domain is your provider’s; otherwise point /.well-known/jmap at your own session resource.</source>
        <translation>Engu þarf að breyta ef það lén er þjónustuaðilans þíns; annars skaltu beina /.well-known/jmap á þína eigin lotuauðlind.</translation>
    </message>
    <message>
        <source>The JMAP server’s certificate is not valid for its name (%1); JMAP clients refuse to connect.</source>
        <translation>Skilríki JMAP-þjónsins gildir ekki fyrir nafn hans (%1); JMAP-forrit neita að tengjast.</translation>
    </message>
    <message>
        <source>Install a certificate that lists the host name of the _jmap._tcp record.</source>
        <translation>Settu upp skilríki sem tilgreinir vélarheiti _jmap._tcp-færslunnar.</translation>
    </message>
    <message>
        <source>The JMAP server’s certificate has expired (%1); JMAP clients refuse to connect.</source>
        <translation>Skilríki JMAP-þjónsins er útrunnið (%1); JMAP-forrit neita að tengjast.</translation>
    </message>
    <message>
        <source>Renew the certificate; automate the renewal.</source>
        <translation>Endurnýjaðu skilríkið; láttu endurnýjunina gerast sjálfkrafa.</translation>
    </message>
    <message>
        <source>The JMAP server’s certificate is not trusted (%1); JMAP clients refuse to connect.</source>
        <translation>Skilríki JMAP-þjónsins er ekki treyst (%1); JMAP-forrit neita að tengjast.</translation>
    </message>
    <message>
        <source>The server offers nothing newer than %1, which current mail programs refuse: they cannot connect.</source>
        <translation>Póstþjónninn býður ekkert nýrra en %1, sem núverandi póstforrit hafna: þau geta ekki tengst.</translation>
    </message>
    <message>
        <source>Offer TLS 1.2 and 1.3 (Dovecot: ssl_min_protocol = TLSv1.2 with an OpenSSL from the last ten years; Postfix: smtpd_tls_protocols = &gt;=TLSv1.2).</source>
        <translation>Bjóddu TLS 1.2 og 1.3 (Dovecot: ssl_min_protocol = TLSv1.2 með OpenSSL frá síðustu tíu árum; Postfix: smtpd_tls_protocols = &gt;=TLSv1.2).</translation>
    </message>
    <message>
        <source>Besides TLS 1.2 or newer, the server still accepts %1, which has known weaknesses; old clients use it, and an attacker on the way can push some of them down to it.</source>
        <translation>Auk TLS 1.2 eða nýrra tekur póstþjónninn enn við %1, sem hefur þekkta veikleika; gömul póstforrit nota það, og árásaraðili á leiðinni getur þvingað sum þeirra niður í það.</translation>
    </message>
    <message>
        <source>Accept only TLS 1.2 and newer (Dovecot: ssl_min_protocol = TLSv1.2; Postfix: smtpd_tls_protocols = &gt;=TLSv1.2 and smtpd_tls_mandatory_protocols = &gt;=TLSv1.2).</source>
        <translation>Taktu aðeins við TLS 1.2 og nýrra (Dovecot: ssl_min_protocol = TLSv1.2; Postfix: smtpd_tls_protocols = &gt;=TLSv1.2 og smtpd_tls_mandatory_protocols = &gt;=TLSv1.2).</translation>
    </message>
    <message>
        <source>The document breaks the clientConfig format (%1); lenient clients read it anyway, strict ones refuse it and look elsewhere.</source>
        <translation>Skjalið brýtur clientConfig-sniðið (%1); umburðarlynd forrit lesa það samt, ströng hafna því og leita annað.</translation>
    </message>
    <message>
        <source>Correct those parts. The autoconfig file below follows the format:</source>
        <translation>Leiðréttu þá hluta. Autoconfig-skráin hér fyrir neðan fylgir sniðinu:</translation>
    </message>
    <message>
        <source>The document uses a placeholder clients do not know (%1); they put it in literally, so the login name or host name is wrong.</source>
        <translation>Skjalið notar staðgengil sem forrit þekkja ekki (%1); þau setja hann inn óbreyttan, svo notandanafnið eða vélarheitið verður rangt.</translation>
    </message>
    <message>
        <source>Use only %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% and %REALNAME%, spelled exactly so (upper case, a % on each side).</source>
        <translation>Notaðu aðeins %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% og %REALNAME%, stafsett nákvæmlega svona (hástafir, % hvoru megin).</translation>
    </message>
    <message>
        <source>The &lt;oAuth2&gt; block is incomplete or not secure (%1); clients cannot sign in with OAuth2 from it.</source>
        <translation>&lt;oAuth2&gt;-bálkurinn er ófullgerður eða ekki öruggur (%1); forrit geta ekki skráð sig inn með OAuth2 út frá honum.</translation>
    </message>
    <message>
        <source>Give &lt;issuer&gt;, &lt;scope&gt;, &lt;authURL&gt; and &lt;tokenURL&gt;, the two URLs over https://.</source>
        <translation>Gefðu upp &lt;issuer&gt;, &lt;scope&gt;, &lt;authURL&gt; og &lt;tokenURL&gt;, slóðirnar tvær um https://.</translation>
    </message>
    <message>
        <source>The issuer’s own metadata disagrees with the &lt;oAuth2&gt; block (%1); clients that trust the block send the sign-in elsewhere than the issuer says, and fail.</source>
        <translation>Lýsigögn útgefandans sjálfs stangast á við &lt;oAuth2&gt;-bálkinn (%1); forrit sem treysta bálkinum senda innskráninguna annað en útgefandinn segir, og mistekst.</translation>
    </message>
    <message>
        <source>Copy the issuer, authorization_endpoint and token_endpoint of the issuer’s metadata into &lt;issuer&gt;, &lt;authURL&gt; and &lt;tokenURL&gt;.</source>
        <translation>Afritaðu issuer, authorization_endpoint og token_endpoint úr lýsigögnum útgefandans í &lt;issuer&gt;, &lt;authURL&gt; og &lt;tokenURL&gt;.</translation>
    </message>
    <message>
        <source>The issuer of the &lt;oAuth2&gt; block publishes no metadata that Portpilot could read (%1); clients that ask it for its endpoints cannot sign in.</source>
        <translation>Útgefandi &lt;oAuth2&gt;-bálksins birtir engin lýsigögn sem Portpilot gat lesið (%1); forrit sem spyrja hann um endapunkta geta ekki skráð sig inn.</translation>
    </message>
    <message>
        <source>Name the issuer exactly as it identifies itself, and publish its RFC 8414 metadata at /.well-known/oauth-authorization-server.</source>
        <translation>Nefndu útgefandann nákvæmlega eins og hann kynnir sig, og birtu RFC 8414-lýsigögn hans á /.well-known/oauth-authorization-server.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Write version=&quot;1.2&quot; on &lt;clientConfig&gt; if the document is meant for clients of the draft; keep the 1.1 parts so older clients still get settings.</source>
        <translation>Skrifaðu version=&quot;1.2&quot; á &lt;clientConfig&gt; ef skjalið er ætlað forritum drögunnar; haltu 1.1-hlutunum svo eldri forrit fái áfram stillingar.</translation>
    </message>
    <message>
        <source>Parts of the document are not in the format (%1); clients ignore them.</source>
        <translation>Hlutar skjalsins eru ekki í sniðinu (%1); forrit hunsa þá.</translation>
    </message>
    <message>
        <source>Remove them, or check their spelling if they were meant to do something.</source>
        <translation>Fjarlægðu þá, eða athugaðu stafsetninguna ef þeir áttu að gera eitthvað.</translation>
    </message>
    <message>
        <source>Asked without ?emailaddress=, as KMail asks, the server gives no document (%1): KMail gets no settings from here, while Thunderbird does.</source>
        <translation>Spurður án ?emailaddress=, eins og KMail spyr, gefur þjónninn ekkert skjal (%1): KMail fær engar stillingar héðan, en Thunderbird fær þær.</translation>
    </message>
    <message>
        <source>Answer without the address too: the settings of the domain, with the %EMAILADDRESS% placeholder (automx2: newer versions; a static file always does).</source>
        <translation>Svaraðu líka án netfangsins: stillingum lénsins, með staðgenglinum %EMAILADDRESS% (automx2: nýrri útgáfur; föst skrá gerir það alltaf).</translation>
    </message>
    <message>
        <source>Mail programs end up with different settings on this domain (%1): the people who use one program get other servers, or none, than those who use another.</source>
        <translation>Póstforrit enda með ólíkar stillingar á þessu léni (%1): þau sem nota eitt forrit fá aðra póstþjóna, eða enga, en þau sem nota annað.</translation>
    </message>
    <message>
        <source>Publish the same settings everywhere the programs look: the autoconfig file over HTTPS (answering with and without ?emailaddress=), and SRV records that name the same servers (portpilot export --to autoconfig, --to dns-zone).</source>
        <translation>Birtu sömu stillingar alls staðar þar sem forritin leita: autoconfig-skrána um HTTPS (svarar með og án ?emailaddress=) og SRV-færslur sem nefna sömu póstþjóna (portpilot export --to autoconfig, --to dns-zone).</translation>
    </message>
    <message>
        <source>The Autodiscover address answers Outlook’s request, but not with an Autodiscover response Outlook can read (%1); Outlook gets no settings there and tries the next place.</source>
        <translation>Autodiscover-slóðin svarar beiðni Outlook, en ekki með Autodiscover-svari sem Outlook getur lesið (%1); Outlook fær engar stillingar þar og reynir næsta stað.</translation>
    </message>
    <message>
        <source>Answer the POST with the POX response (portpilot export --to autodiscover), Content-Type text/xml.</source>
        <translation>Svaraðu POST-beiðninni með POX-svarinu (portpilot export --to autodiscover), Content-Type text/xml.</translation>
    </message>
    <message>
        <source>Autodiscover answers Outlook’s request with an error (%1); Outlook gets no settings and asks the person for the servers.</source>
        <translation>Autodiscover svarar beiðni Outlook með villu (%1); Outlook fær engar stillingar og spyr notandann um póstþjónana.</translation>
    </message>
    <message>
        <source>Make the Autodiscover service know the domain&apos;s addresses, or answer with the POX response for every address (portpilot export --to autodiscover).</source>
        <translation>Láttu Autodiscover-þjónustuna þekkja netföng lénsins, eða svaraðu með POX-svarinu fyrir hvert netfang (portpilot export --to autodiscover).</translation>
    </message>
    <message>
        <source>The Autodiscover file is served to GET only (%1); Outlook asks with a POST, is refused, and gets no settings.</source>
        <translation>Autodiscover-skráin er aðeins afhent við GET (%1); Outlook spyr með POST, er hafnað og fær engar stillingar.</translation>
    </message>
    <message>
        <source>Let the web server answer a POST to this address with the file too (nginx: “error_page 405 =200 $uri;” in its location; Apache serves it as it is).</source>
        <translation>Láttu vefþjóninn svara POST á þessa slóð líka með skránni (nginx: „error_page 405 =200 $uri;“ í location-hluta hennar; Apache afhendir hana eins og hún er).</translation>
    </message>
    <message>
        <source>Autodiscover answers Outlook’s request with an error status (%1); Outlook gets no settings there.</source>
        <translation>Autodiscover svarar beiðni Outlook með villustöðu (%1); Outlook fær engar stillingar þar.</translation>
    </message>
    <message>
        <source>Answer the POST with the POX response (portpilot export --to autodiscover), or remove the name from DNS if there is no Autodiscover service.</source>
        <translation>Svaraðu POST-beiðninni með POX-svarinu (portpilot export --to autodiscover), eða fjarlægðu heitið úr DNS ef engin Autodiscover-þjónusta er til.</translation>
    </message>
    <message>
        <source>Nothing to change if the redirect is meant; check that address with Portpilot too.</source>
        <translation>Engu þarf að breyta ef áframvísunin er ætluð; athugaðu þá slóð líka með Portpilot.</translation>
    </message>
    <message>
        <source>Autodiscover gives Outlook other servers than the autoconfig file gives the other programs (%1).</source>
        <translation>Autodiscover gefur Outlook aðra póstþjóna en autoconfig-skráin gefur hinum forritunum (%1).</translation>
    </message>
    <message>
        <source>Publish the same servers in both: the autoconfig file and the Autodiscover response (portpilot export --to autoconfig, --to autodiscover).</source>
        <translation>Birtu sömu póstþjóna í báðum: autoconfig-skránni og Autodiscover-svarinu (portpilot export --to autoconfig, --to autodiscover).</translation>
    </message>
    <message>
        <source>The test account could not log in to JMAP (%1); JMAP clients with that address and password fail the same way.</source>
        <translation>Prófunarreikningurinn gat ekki skráð sig inn á JMAP (%1); JMAP-forrit með þetta netfang og lykilorð bregðast á sama hátt.</translation>
    </message>
    <message>
        <source>Check the password. The session resource must accept HTTP Basic logins with the full email address as user name and answer with a JMAP session object that lists the user’s accounts and an HTTPS apiUrl (RFC 8620 §2); the server’s log says why it refused.</source>
        <translation>Athugaðu lykilorðið. Lotuauðlindin verður að taka við HTTP Basic-innskráningu með fullu netfangi sem notandanafni og svara með JMAP-lotuhlut sem telur upp reikninga notandans og apiUrl yfir HTTPS (RFC 8620 §2); atvikaskrá þjónsins segir hvers vegna honum var hafnað.</translation>
    </message>
    <message>
        <source>The test account logged in to JMAP (%1).</source>
        <translation>Prófunarreikningurinn skráði sig inn á JMAP (%1).</translation>
    </message>
    <message>
        <source>Check the password and the login name the settings give (%EMAILADDRESS% or %EMAILLOCALPART%); the server&apos;s log says why it refused. For an OAuth2 server, check that it accepts the issuer&apos;s tokens with the document&apos;s scope and offers XOAUTH2 or OAUTHBEARER.</source>
        <translation>Athugaðu lykilorðið og notandanafnið sem stillingarnar gefa (%EMAILADDRESS% eða %EMAILLOCALPART%); atvikaskrá þjónsins segir hvers vegna honum var hafnað. Fyrir OAuth2-þjón: athugaðu að hann taki við tókum útgefandans með umfangi (scope) skjalsins og bjóði XOAUTH2 eða OAUTHBEARER.</translation>
    </message>
    <message>
        <source>The test account did not log in to this OAuth2 server: %1.</source>
        <translation>Prófunarreikningurinn skráði sig ekki inn á þennan OAuth2-þjón: %1.</translation>
    </message>
    <message>
        <source>Sign the test account in first (portpilot login ADDRESS, or portpilot check --sign-in), with the issuer the domain&apos;s autoconfig document names, and publish the server in that document over HTTPS.</source>
        <translation>Skráðu prófunarreikninginn fyrst inn (portpilot login NETFANG, eða portpilot check --sign-in), hjá útgefandanum sem autoconfig-skjal lénsins nefnir, og birtu póstþjóninn í því skjali yfir HTTPS.</translation>
    </message>
    <message>
        <source>The test account logged in with its OAuth2 sign-in (%1).</source>
        <extracomment>%1 is a login method such as OAUTHBEARER or XOAUTH2</extracomment>
        <translation>Prófunarreikningurinn skráði sig inn með OAuth2-innskráningu sinni (%1).</translation>
    </message>
    <message>
        <source>Autodiscover sends Outlook on (%1), and Outlook asks there. Portpilot follows redirectAddr and redirectUrl as Outlook does and checks what comes back; an HTTP redirect of the POST it does not follow, since the request would go along.</source>
        <translation>Autodiscover sendir Outlook áfram (%1) og Outlook spyr þar. Portpilot fylgir redirectAddr og redirectUrl eins og Outlook og athugar hvað kemur til baka; HTTP-tilvísun á POST-beiðnina fylgir það ekki, þar sem beiðnin færi með.</translation>
    </message>
    <message>
        <source>Autodiscover’s redirects lead back to an address already asked (%1); Outlook goes round until it gives up, and gets no settings there.</source>
        <translation>Tilvísanir Autodiscover leiða aftur á slóð sem þegar var spurt (%1); Outlook fer í hringi þar til það gefst upp og fær engar stillingar þar.</translation>
    </message>
    <message>
        <source>Let the redirect lead to the address that answers with the settings.</source>
        <translation>Láttu tilvísunina leiða á slóðina sem svarar með stillingunum.</translation>
    </message>
    <message>
        <source>Autodiscover sends Outlook on again and again (%1); Outlook stops following and gets no settings there.</source>
        <translation>Autodiscover sendir Outlook áfram aftur og aftur (%1); Outlook hættir að fylgja og fær engar stillingar þar.</translation>
    </message>
    <message>
        <source>Let the first redirect lead straight to the address that answers with the settings.</source>
        <translation>Láttu fyrstu tilvísunina leiða beint á slóðina sem svarar með stillingunum.</translation>
    </message>
    <message>
        <source>Autodiscover sends Outlook on, but nothing answers where it leads (%1); Outlook gets no settings there.</source>
        <translation>Autodiscover sendir Outlook áfram, en ekkert svarar þar sem tilvísunin endar (%1); Outlook fær engar stillingar þar.</translation>
    </message>
    <message>
        <source>Correct the redirect, or answer there with the POX response (portpilot export --to autodiscover).</source>
        <translation>Leiðréttu tilvísunina, eða svaraðu þar með POX-svarinu (portpilot export --to autodiscover).</translation>
    </message>
    <message>
        <source>The redirect leads to an unencrypted address (%1). Outlook’s request would carry the email address in the clear there, so Portpilot does not follow it.</source>
        <translation>Tilvísunin leiðir á ódulritaða slóð (%1). Beiðni Outlook myndi bera netfangið ódulritað þangað, svo Portpilot fylgir henni ekki.</translation>
    </message>
    <message>
        <source>Redirect to an https:// address.</source>
        <translation>Vísaðu á https://-slóð.</translation>
    </message>
    <message>
        <source>Outlook finds Autodiscover only through the redirect of the unencrypted http://autodiscover.DOMAIN/ address (%1). It asks the person whether to trust that server before it uses it, and anyone on the way could change the redirect.</source>
        <translation>Outlook finnur Autodiscover aðeins gegnum tilvísun ódulrituðu slóðarinnar http://autodiscover.DOMAIN/ (%1). Það spyr notandann hvort treysta eigi þeim þjóni áður en það notar hann, og hver sem er á leiðinni gæti breytt tilvísuninni.</translation>
    </message>
    <message>
        <source>Answer at https://autodiscover.DOMAIN/autodiscover/autodiscover.xml with a valid certificate (portpilot export --to autodiscover), or point that name at the server the redirect leads to.</source>
        <translation>Svaraðu á https://autodiscover.DOMAIN/autodiscover/autodiscover.xml með gildu skilríki (portpilot export --to autodiscover), eða beindu því nafni á þjóninn sem tilvísunin leiðir á.</translation>
    </message>
    <message>
        <source>Only the _autodiscover._tcp record leads Outlook to Autodiscover (%1). Outlook asks it last, after every other place has failed, and asks the person before it uses the server.</source>
        <translation>Aðeins _autodiscover._tcp-færslan leiðir Outlook að Autodiscover (%1). Outlook spyr hana síðast, eftir að allir aðrir staðir hafa brugðist, og spyr notandann áður en það notar þjóninn.</translation>
    </message>
    <message>
        <source>Answer at https://autodiscover.DOMAIN/autodiscover/autodiscover.xml (portpilot export --to autodiscover); keep the record for clients that use it.</source>
        <translation>Svaraðu á https://autodiscover.DOMAIN/autodiscover/autodiscover.xml (portpilot export --to autodiscover); haltu færslunni fyrir forrit sem nota hana.</translation>
    </message>
    <message>
        <source>The _autodiscover._tcp record points at a host outside the domain (%1). Outlook warns the person that this server wants to configure the account, and Portpilot sends the test account’s password to none of the servers it names.</source>
        <translation>_autodiscover._tcp-færslan vísar á vél utan lénsins (%1). Outlook varar notandann við því að þessi þjónn vilji setja upp aðganginn, og Portpilot sendir lykilorð prófunaraðgangsins á engan þeirra þjóna sem hún nefnir.</translation>
    </message>
    <message>
        <source>Point the record at a host in the domain whose certificate names it, or answer at https://autodiscover.DOMAIN/ (portpilot export --to autodiscover).</source>
        <translation>Beindu færslunni á vél í léninu sem skilríkið nefnir, eða svaraðu á https://autodiscover.DOMAIN/ (portpilot export --to autodiscover).</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>&lt;h3&gt;Your details&lt;/h3&gt;&lt;p&gt;Your &lt;b&gt;name&lt;/b&gt; is what recipients see next to your address. The &lt;b&gt;email address&lt;/b&gt; is all Portpilot needs to find your servers. The &lt;b&gt;password&lt;/b&gt; is the one for your mail; some providers want an &lt;i&gt;app password&lt;/i&gt; instead (the wizard tells you when).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Remember the password&lt;/b&gt; stores it in your system keychain, never in a plain file. When no keychain is available, Portpilot says so and does not save it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upplýsingar um þig&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Nafnið&lt;/b&gt; þitt sjá viðtakendur við hlið netfangsins. &lt;b&gt;Tölvupóstfangið&lt;/b&gt; er allt sem Portpilot þarf til að finna póstþjónana þína. &lt;b&gt;Lykilorðið&lt;/b&gt; er lykilorð póstsins þíns; sumir þjónustuaðilar vilja í staðinn &lt;i&gt;forritalykilorð&lt;/i&gt; (uppsetningin segir þér hvenær).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Muna lykilorðið&lt;/b&gt; geymir það í lykilorðageymslu kerfisins, aldrei í venjulegri skrá. Þegar engin lykilorðageymsla er tiltæk segir Portpilot frá því og vistar það ekki.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Finding your servers&lt;/h3&gt;&lt;p&gt;Portpilot asks, in this order of trust: its own list of providers, your provider’s website, Thunderbird’s database of providers, the server that receives your domain’s mail, DNS service records, and finally tries common server names. Your address is never sent over an unencrypted connection.&lt;/p&gt;&lt;p&gt;You can stop at any time and type the settings yourself.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leitað að póstþjónum&lt;/h3&gt;&lt;p&gt;Portpilot spyr, í þessari traustsröð: eigin lista yfir þjónustuaðila, vefsvæði þjónustuaðilans þíns, gagnagrunn Thunderbird yfir þjónustuaðila, póstþjóninn sem tekur við pósti lénsins þíns, þjónustufærslur í DNS, og prófar loks algeng heiti póstþjóna. Netfangið þitt er aldrei sent um ódulritaða tengingu.&lt;/p&gt;&lt;p&gt;Þú getur stöðvað hvenær sem er og slegið stillingarnar inn sjálf(ur).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose your servers&lt;/h3&gt;&lt;p&gt;&lt;b&gt;IMAP or POP3?&lt;/b&gt; IMAP keeps your mail on the server, in sync on every device. POP3 downloads it to one device and usually removes it from the server.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SSL/TLS or STARTTLS?&lt;/b&gt; Both encrypt the connection. SSL/TLS encrypts from the first byte; STARTTLS starts unencrypted and switches before the password is sent. Prefer SSL/TLS when you can choose.&lt;/p&gt;&lt;p&gt;Servers found in an unauthenticated way (DNS records, guessing) need your approval: check that the domain shown belongs to your provider.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veldu póstþjóna&lt;/h3&gt;&lt;p&gt;&lt;b&gt;IMAP eða POP3?&lt;/b&gt; IMAP geymir póstinn á póstþjóninum, samstilltan á öllum tækjum. POP3 sækir hann á eitt tæki og fjarlægir hann yfirleitt af póstþjóninum.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SSL/TLS eða STARTTLS?&lt;/b&gt; Hvort tveggja dulritar tenginguna. SSL/TLS dulritar frá fyrsta bæti; STARTTLS byrjar ódulritað og skiptir yfir áður en lykilorðið er sent. Veldu frekar SSL/TLS þegar þú getur valið.&lt;/p&gt;&lt;p&gt;Póstþjónar sem fundust án staðfestingar (DNS-færslur, ágiskun) þurfa samþykki þitt: gakktu úr skugga um að lénið sem sýnt er tilheyri þjónustuaðilanum þínum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Manual settings&lt;/h3&gt;&lt;p&gt;Copy the settings from your provider’s help pages. When you change the security, the port changes to the standard one, unless you typed a port of your own.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;user name&lt;/b&gt; is usually your full email address; leave it empty to use it.&lt;/p&gt;&lt;p&gt;See “Standard ports” for which port goes with which security.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handvirkar stillingar&lt;/h3&gt;&lt;p&gt;Afritaðu stillingarnar af hjálparsíðum þjónustuaðilans þíns. Þegar þú breytir örygginu breytist gáttin í staðlaða gátt, nema þú hafir slegið inn eigin gátt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Notandanafnið&lt;/b&gt; er yfirleitt allt tölvupóstfangið þitt; skildu reitinn eftir auðan til að nota það.&lt;/p&gt;&lt;p&gt;Sjá „Staðlaðar gáttir“ um hvaða gátt á við hvaða öryggi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Export&lt;/h3&gt;&lt;p&gt;Check the formats of the mail programs you use and save them. The password is left out unless you ask for it: formats that can run a command read it from the system keychain instead. Existing files are never replaced.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Útflutningur&lt;/h3&gt;&lt;p&gt;Hakaðu við snið póstforritanna sem þú notar og vistaðu þau. Lykilorðinu er sleppt nema þú biðjir um það: snið sem geta keyrt skipun lesa það í staðinn úr lykilorðageymslu kerfisins. Skrám sem eru til er aldrei skipt út.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Done&lt;/h3&gt;&lt;p&gt;The summary shows the settings to use in any mail program, and where your password was stored.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lokið&lt;/h3&gt;&lt;p&gt;Yfirlitið sýnir stillingarnar sem nota má í hvaða póstforriti sem er, og hvar lykilorðið þitt var geymt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Standard ports&lt;/h3&gt;&lt;table border=&quot;1&quot; cellpadding=&quot;4&quot;&gt;&lt;tr&gt;&lt;th&gt;Protocol&lt;/th&gt;&lt;th&gt;SSL/TLS&lt;/th&gt;&lt;th&gt;STARTTLS&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;IMAP (incoming)&lt;/td&gt;&lt;td&gt;993&lt;/td&gt;&lt;td&gt;143&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;POP3 (incoming)&lt;/td&gt;&lt;td&gt;995&lt;/td&gt;&lt;td&gt;110&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SMTP (outgoing)&lt;/td&gt;&lt;td&gt;465&lt;/td&gt;&lt;td&gt;587&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Use SSL/TLS (993, 995, 465) when your provider offers it: the connection is encrypted from the start. STARTTLS (143, 110, 587) is also safe when the switch to encryption is required, as Portpilot does.&lt;/p&gt;&lt;p&gt;SMTP port 25 is for mail between servers; many networks block it for mail programs, so use 587 or 465.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Staðlaðar gáttir&lt;/h3&gt;&lt;table border=&quot;1&quot; cellpadding=&quot;4&quot;&gt;&lt;tr&gt;&lt;th&gt;Samskiptamáti&lt;/th&gt;&lt;th&gt;SSL/TLS&lt;/th&gt;&lt;th&gt;STARTTLS&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;IMAP (inn)&lt;/td&gt;&lt;td&gt;993&lt;/td&gt;&lt;td&gt;143&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;POP3 (inn)&lt;/td&gt;&lt;td&gt;995&lt;/td&gt;&lt;td&gt;110&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SMTP (út)&lt;/td&gt;&lt;td&gt;465&lt;/td&gt;&lt;td&gt;587&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Notaðu SSL/TLS (993, 995, 465) þegar þjónustuaðilinn býður það: tengingin er dulrituð frá upphafi. STARTTLS (143, 110, 587) er líka öruggt þegar krafist er að skipt sé yfir í dulritun, eins og Portpilot gerir.&lt;/p&gt;&lt;p&gt;SMTP-gátt 25 er fyrir póst milli póstþjóna; mörg net loka á hana fyrir póstforrit, svo notaðu 587 eða 465.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Questions&lt;/h3&gt;&lt;p&gt;&lt;b&gt;IMAP or POP3?&lt;/b&gt; Choose IMAP if you read mail on more than one device (phone, laptop, webmail): everything stays in sync. Choose POP3 only to keep mail on one computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Are the settings the same in every mail program?&lt;/b&gt; Yes: server names, ports, security and user name are the same everywhere; only where you type them differs. Portpilot can export them for several programs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How do I move from POP3 to IMAP?&lt;/b&gt; Set up the same address again with IMAP. Mail that POP3 already removed from the server stays on the old device: copy it into an IMAP folder from there, then remove the POP3 account.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spurningar&lt;/h3&gt;&lt;p&gt;&lt;b&gt;IMAP eða POP3?&lt;/b&gt; Veldu IMAP ef þú lest póst á fleiri en einu tæki (síma, fartölvu, vefpósti): allt helst samstillt. Veldu POP3 aðeins til að geyma póstinn á einni tölvu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eru stillingarnar eins í öllum póstforritum?&lt;/b&gt; Já: heiti póstþjóna, gáttir, öryggi og notandanafn eru alls staðar eins; aðeins staðurinn þar sem þú slærð þær inn er ólíkur. Portpilot getur flutt þær út fyrir nokkur forrit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hvernig skipti ég úr POP3 yfir í IMAP?&lt;/b&gt; Settu sama netfang upp aftur með IMAP. Póstur sem POP3 hefur þegar fjarlægt af póstþjóninum er eftir á gamla tækinu: afritaðu hann þaðan í IMAP-möppu og fjarlægðu svo POP3-reikninginn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Testing&lt;/h3&gt;&lt;p&gt;Each server is tested in four steps: connect, secure the connection, ask what it supports, and log in (then log out). Nothing is sent or deleted.&lt;/p&gt;&lt;p&gt;When a step fails, the message says what went wrong in plain words; &lt;b&gt;Details&lt;/b&gt; shows the conversation with the server, with your password hidden. A wrong password can be corrected right here. &lt;b&gt;Back&lt;/b&gt; returns to the settings with everything you typed.&lt;/p&gt;&lt;p&gt;A certificate that cannot be verified is shown to you; trust it only if you know it is your server’s. A certificate for another server name can never be accepted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Prófun&lt;/h3&gt;&lt;p&gt;Hver póstþjónn er prófaður í fjórum skrefum: tengjast, tryggja tenginguna, spyrja hvað hann styður, og skrá inn (og svo út). Ekkert er sent og engu er eytt.&lt;/p&gt;&lt;p&gt;Þegar skref mistekst segja skilaboðin á einföldu máli hvað fór úrskeiðis; &lt;b&gt;Nánar&lt;/b&gt; sýnir samskiptin við póstþjóninn, með lykilorðið falið. Rangt lykilorð má leiðrétta hér. &lt;b&gt;Til baka&lt;/b&gt; fer aftur í stillingarnar með öllu sem þú slóst inn.&lt;/p&gt;&lt;p&gt;Skilríki sem ekki er hægt að sannreyna er sýnt þér; treystu því aðeins ef þú veist að það tilheyrir póstþjóninum þínum. Aldrei er hægt að samþykkja skilríki fyrir annað heiti póstþjóns.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copying your mail&lt;/h3&gt;&lt;p&gt;Mail fetched with POP3 lives only on this computer. Portpilot copies the folders you tick to the IMAP account you just tested, keeps each message’s read and flagged marks and its date, and then finds every message again on the server to prove it arrived.&lt;/p&gt;&lt;p&gt;Your local files are only read. Pause or cancel at any time: what was copied stays, and copying again only copies what is missing. Messages marked as deleted are left out.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Afritun póstsins&lt;/h3&gt;&lt;p&gt;Póstur sem var sóttur með POP3 er aðeins á þessari tölvu. Portpilot afritar möppurnar sem þú hakar við í IMAP-aðganginn sem þú prófaðir, heldur lesnu- og flöggunarmerkjum skilaboðanna og dagsetningu þeirra, og finnur síðan öll skilaboð aftur á netþjóninum til að sanna að það hafi borist.&lt;/p&gt;&lt;p&gt;Staðbundnu skrárnar þínar eru aðeins lesnar. Gerðu hlé eða hættu við hvenær sem er: það sem var afritað verður áfram og ný afritun afritar aðeins það sem vantar. Skilaboð merkt sem eydd eru skilin eftir.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>the connection is closed</source>
        <translation>tengingin er lokuð</translation>
    </message>
    <message>
        <source>the server took no data for %1 seconds</source>
        <translation>netþjónninn tók ekki við gögnum í %1 sekúndur</translation>
    </message>
    <message>
        <source>no answer from the server within %1 seconds</source>
        <translation>ekkert svar frá netþjóninum innan %1 sekúndna</translation>
    </message>
    <message>
        <source>the server sent an answer of more than %1 bytes</source>
        <translation>netþjónninn sendi svar sem er stærra en %1 bæti</translation>
    </message>
    <message>
        <source>the server closed the connection: %1</source>
        <translation>netþjónninn lokaði tengingunni: %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read (%1)</source>
        <translation>ekki tókst að lesa svar netþjónsins (%1)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 %2:%3, %4, %5</source>
        <extracomment>%1 protocol, %2 host, %3 port, %4 security, %5 login method</extracomment>
        <translation>%1 %2:%3, %4, %5</translation>
    </message>
    <message>
        <source>%1, user “%2”</source>
        <extracomment>%1 the line above, %2 a user name</extracomment>
        <translation>%1, notandi „%2“</translation>
    </message>
    <message>
        <source>No mail accounts of Thunderbird or Evolution were found.
</source>
        <translation>Engir póstaðgangar Thunderbird eða Evolution fundust.
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>%1 program, %2 account name (or address), %3 address</extracomment>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1: %2 &lt;%3&gt;
</source>
        <translation>%1: %2 &lt;%3&gt;
</translation>
    </message>
    <message>
        <source>    from %1
</source>
        <translation>    úr %1
</translation>
    </message>
    <message>
        <source>    local mail: %1
</source>
        <translation>    staðbundinn póstur: %1
</translation>
    </message>
    <message>
        <source>List the mail accounts Thunderbird and Evolution have on this computer, and their local mail</source>
        <translation>Telja upp póstaðganga Thunderbird og Evolution á þessari tölvu og staðbundinn póst þeirra</translation>
    </message>
    <message>
        <source>Print the accounts found (the only action for now).</source>
        <translation>Prenta aðgangana sem fundust (eina aðgerðin í bili).</translation>
    </message>
    <message>
        <source>What to print: text (default) or json.</source>
        <translation>Hvað á að prenta: text (sjálfgefið) eða json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>snið</translation>
    </message>
    <message>
        <source>say what to do: --list prints the accounts found.</source>
        <translation>segðu hvað á að gera: --list prentar aðgangana sem fundust.</translation>
    </message>
    <message>
        <source>unknown format “%1”; use text or json.</source>
        <translation>óþekkt snið „%1“; notaðu text eða json.</translation>
    </message>
</context>
<context>
    <name>IssuerMetadata</name>
    <message>
        <source>the issuer’s metadata is larger than %1 bytes</source>
        <translation>lýsigögn útgefandans eru stærri en %1 bæti</translation>
    </message>
    <message>
        <source>the issuer’s metadata is not a JSON object</source>
        <translation>lýsigögn útgefandans eru ekki JSON-hlutur</translation>
    </message>
    <message>
        <source>the metadata names another issuer (“%1”, not “%2”)</source>
        <extracomment>%1 and %2 are web addresses of sign-in services</extracomment>
        <translation>lýsigögnin nefna annan útgefanda („%1“, ekki „%2“)</translation>
    </message>
    <message>
        <source>the issuer’s metadata has no https:// authorization and token endpoints</source>
        <translation>lýsigögn útgefandans hafa engar https://-slóðir fyrir heimild og tóka</translation>
    </message>
    <message>
        <source>the issuer does not support PKCE with S256, which Portpilot requires</source>
        <translation>útgefandinn styður ekki PKCE með S256, sem Portpilot krefst</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>The account as JSON for scripts (schema: docs/account-json.md)</source>
        <translation>Reikningurinn sem JSON fyrir skriftur (skema: docs/account-json.md)</translation>
    </message>
    <message>
        <source>The JSON format never carries passwords; none was written.</source>
        <translation>JSON-sniðið inniheldur aldrei lykilorð; ekkert var skrifað.</translation>
    </message>
</context>
<context>
    <name>KeychainBackendLoader</name>
    <message>
        <source>%1 is not Portpilot&apos;s keychain module.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 er ekki eining Portpilot fyrir lykilorðageymsluna.</translation>
    </message>
    <message>
        <source>Portpilot&apos;s keychain module cannot be found from %1: the program is not where it was installed.</source>
        <translation>Eining Portpilot fyrir lykilorðageymsluna finnst ekki frá %1: forritið er ekki þar sem það var sett upp.</translation>
    </message>
    <message>
        <source>Portpilot&apos;s keychain module is not installed (looked for %1).</source>
        <extracomment>%1 is a list of file names</extracomment>
        <translation>Eining Portpilot fyrir lykilorðageymsluna er ekki uppsett (leitað að %1).</translation>
    </message>
    <message>
        <source>Portpilot&apos;s keychain module could not be loaded: %1</source>
        <extracomment>%1 is the loader&apos;s own message, usually in English</extracomment>
        <translation>Ekki tókst að hlaða einingu Portpilot fyrir lykilorðageymsluna: %1</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in with the account’s OAuth2 provider and keep the sign-in in the keychain</source>
        <translation>Skrá inn hjá OAuth2-þjónustuveitu reikningsins og geyma innskráninguna í lykilorðageymslunni</translation>
    </message>
    <message>
        <source>The email address to sign in with.</source>
        <translation>Netfangið sem skráð er inn með.</translation>
    </message>
    <message>
        <source>The autoconfig (clientConfig 1.1) file with the account’s servers (default: Portpilot’s own provider list).</source>
        <translation>Autoconfig-skráin (clientConfig 1.1) með póstþjónum reikningsins (sjálfgefið: þjónustuveitulisti Portpilot sjálfs).</translation>
    </message>
    <message>
        <source>Do not open a browser: print the address of the sign-in page and wait (for a session without a desktop).</source>
        <translation>Opna ekki vafra: prenta slóð innskráningarsíðunnar og bíða (fyrir lotu án skjáborðs).</translation>
    </message>
    <message>
        <source>How long to wait for the sign-in</source>
        <translation>Hve lengi á að bíða eftir innskráningunni</translation>
    </message>
    <message>
        <source>give the email address to sign in with.</source>
        <translation>gefðu upp netfangið sem skráð er inn með.</translation>
    </message>
    <message>
        <source>Portpilot’s provider list does not know %1. Find its servers first (portpilot discover %2 --format xml &gt; account.xml) and give the file with --config.</source>
        <translation>Þjónustuveitulisti Portpilot þekkir ekki %1. Finndu póstþjóna þess fyrst (portpilot discover %2 --format xml &gt; account.xml) og gefðu skrána upp með --config.</translation>
    </message>
    <message>
        <source>Signed in as %1 with %2. The sign-in is kept in the keychain; “portpilot token %1” gives a fresh access token.
</source>
        <extracomment>%1 is an address, %2 the issuer such as Microsoft</extracomment>
        <translation>Skráð inn sem %1 hjá %2. Innskráningin er geymd í lykilorðageymslunni; „portpilot token %1“ gefur nýjan aðgangstóka.
</translation>
    </message>
    <message>
        <source>%1 was not signed in on this computer; nothing to remove.
</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>%1 var ekki skráð inn á þessari tölvu; engu að eyða.
</translation>
    </message>
    <message>
        <source>Signed out: the sign-ins of %1 are removed from the keychain.
</source>
        <translation>Skráð út: innskráningar %1 hafa verið fjarlægðar úr lykilorðageymslunni.
</translation>
    </message>
    <message>
        <source>Sign out instead: remove the address’s sign-ins from this computer (the refresh tokens in the keychain and the issuer records).</source>
        <translation>Skrá út í staðinn: fjarlægja innskráningar netfangsins af þessari tölvu (endurnýjunartókana í lykilorðageymslunni og skrár um útgefendur).</translation>
    </message>
</context>
<context>
    <name>MailMigration</name>
    <message>
        <source>the server would not list its folders: %1</source>
        <translation>netþjónninn vildi ekki telja upp möppurnar sínar: %1</translation>
    </message>
    <message>
        <source>the connection to the server broke off: %1</source>
        <translation>tengingin við netþjóninn rofnaði: %1</translation>
    </message>
    <message>
        <source>the mailbox on the server is full (over its quota). Make room or ask for more, then run the move again. The server said: %1</source>
        <translation>pósthólfið á netþjóninum er fullt (yfir kvóta). Losaðu pláss eða biddu um meira og keyrðu flutninginn svo aftur. Netþjónninn sagði: %1</translation>
    </message>
    <message>
        <source>the server takes no message this large. The server said: %1</source>
        <translation>netþjónninn tekur ekki við svo stórum skilaboðum. Netþjónninn sagði: %1</translation>
    </message>
    <message>
        <source>the server refused the message. It said: %1</source>
        <translation>netþjónninn hafnaði skilaboðunum. Hann sagði: %1</translation>
    </message>
    <message>
        <source>not copied: the move was cancelled</source>
        <translation>ekki afritað: hætt var við flutninginn</translation>
    </message>
    <message>
        <source>the folder “%1” could not be made on the server: %2</source>
        <extracomment>%1 is a folder name, %2 why</extracomment>
        <translation>ekki tókst að búa til möppuna „%1“ á netþjóninum: %2</translation>
    </message>
    <message>
        <source>the folder “%1” could not be opened on the server: %2</source>
        <translation>ekki tókst að opna möppuna „%1“ á netþjóninum: %2</translation>
    </message>
    <message>
        <source>the messages in “%1” on the server could not be read: %2</source>
        <translation>ekki tókst að lesa skilaboðin í „%1“ á netþjóninum: %2</translation>
    </message>
    <message>
        <source>the message changed on disk while it was being copied; run the move again</source>
        <translation>skilaboðin breyttust á diskinum meðan verið var að afrita þau; keyrðu flutninginn aftur</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>ekki staðfest: %1</translation>
    </message>
    <message>
        <source>the server said it stored the message, but it is not there</source>
        <translation>netþjónninn sagðist hafa vistað skilaboðin en þau eru ekki þar</translation>
    </message>
    <message>
        <source>the message is no longer in the local file</source>
        <translation>skilaboðin eru ekki lengur í staðbundnu skránni</translation>
    </message>
</context>
<context>
    <name>MarkedBlock</name>
    <message>
        <source>line %1 looks like a Portpilot marker but is not a whole one: “%2”</source>
        <translation>lína %1 líkist merki frá Portpilot en er ekki heilt merki: „%2“</translation>
    </message>
    <message>
        <source>the block for %1 is marked more than once (lines %2 and %3)</source>
        <translation>hlutinn fyrir %1 er merktur oftar en einu sinni (línur %2 og %3)</translation>
    </message>
    <message>
        <source>the block for %1 has no matching begin and end markers (line %2)</source>
        <translation>hlutinn fyrir %1 hefur ekki samsvarandi upphafs- og endamerki (lína %2)</translation>
    </message>
</context>
<context>
    <name>MbsyncExporter</name>
    <message>
        <source>isync/mbsync configuration (.mbsyncrc) that copies IMAP mail to ~/Mail</source>
        <translation>Stillingar isync/mbsync (.mbsyncrc) sem afrita IMAP-póst í ~/Mail</translation>
    </message>
    <message>
        <source>mbsync speaks IMAP only.</source>
        <translation>mbsync talar aðeins IMAP.</translation>
    </message>
    <message>
        <source>%1 is used without encryption: mbsync sends the password unprotected.</source>
        <translation>%1 er notað án dulritunar: mbsync sendir lykilorðið óvarið.</translation>
    </message>
    <message>
        <source>Create the folder %1 before the first “mbsync %2”.</source>
        <translation>Búðu til möppuna %1 áður en „mbsync %2“ er keyrt í fyrsta sinn.</translation>
    </message>
    <message>
        <source>mbsync signs in with OAuth2 only through a Cyrus SASL XOAUTH2 plugin, and Debian 12 has none; use another client (neomutt, aerc) or a password.</source>
        <translation>mbsync skráir aðeins inn með OAuth2 gegnum XOAUTH2-viðbót fyrir Cyrus SASL og Debian 12 hefur enga slíka; notaðu annað póstforrit (neomutt, aerc) eða lykilorð.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>give the mail to move: an mbox file, a Maildir folder or a Thunderbird mail directory.</source>
        <translation>tilgreindu póstinn sem á að flytja: mbox-skrá, Maildir-möppu eða póstmöppu Thunderbird.</translation>
    </message>
    <message>
        <source>“%1” holds no mail folders.</source>
        <translation>„%1“ inniheldur engar póstmöppur.</translation>
    </message>
    <message>
        <source>“%1” is not LOCAL=REMOTE, such as “Archives/2024=Old/2024”.</source>
        <translation>„%1“ er ekki á forminu STAÐBUNDIÐ=FJARLÆGT, t.d. „Archives/2024=Old/2024“.</translation>
    </message>
    <message>
        <source>there is no local folder “%1” to map.</source>
        <translation>engin staðbundin mappa heitir „%1“.</translation>
    </message>
    <message>
        <source>the file names no IMAP server: mail can only be moved to an IMAP account.</source>
        <translation>skráin nefnir engan IMAP-netþjón: aðeins er hægt að flytja póst í IMAP-aðgang.</translation>
    </message>
    <message>
        <source>cannot log in to %1: %2</source>
        <translation>get ekki skráð inn á %1: %2</translation>
    </message>
    <message>
        <source>DRY RUN</source>
        <translation>PRUFA</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Í LAGI</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISTÓKST</translation>
    </message>
    <message>
        <source>%1  %2 → %3
</source>
        <extracomment>%1 state (OK, FAILED), %2 local folder, %3 IMAP folder</extracomment>
        <translation>%1  %2 → %3
</translation>
    </message>
    <message>
        <source>         %1 messages (%2 MB): %3 to copy, %4 already on the server, %5 deleted (not copied), %6 cannot be copied
</source>
        <extracomment>%1 messages, %2 size in MB, %3 copied (or to copy), %4 already on the server, %5 skipped, %6 failed</extracomment>
        <translation>         %1 skilaboð (%2 MB): %3 til að afrita, %4 þegar á netþjóninum, %5 eydd (ekki afrituð), %6 ekki hægt að afrita
</translation>
    </message>
    <message>
        <source>         %1 messages (%2 MB): %3 copied, %4 already on the server, %5 deleted (not copied), %6 failed
</source>
        <translation>         %1 skilaboð (%2 MB): %3 afrituð, %4 þegar á netþjóninum, %5 eydd (ekki afrituð), %6 mistókust
</translation>
    </message>
    <message>
        <source>         message %1 %2: %3
</source>
        <extracomment>%1 position in the folder, %2 Message-ID, %3 the reason</extracomment>
        <translation>         skilaboð %1 %2: %3
</translation>
    </message>
    <message>
        <source>NOT READ %1
</source>
        <translation>EKKI LESIÐ %1
</translation>
    </message>
    <message>
        <source>The move stopped: %1
Run it again: what is on the server already is not copied twice.
</source>
        <translation>Flutningurinn stöðvaðist: %1
Keyrðu hann aftur: það sem er þegar á netþjóninum er ekki afritað tvisvar.
</translation>
    </message>
    <message>
        <source>Copy local mail (mbox, Maildir, Thunderbird folders) to an IMAP account and verify it there</source>
        <translation>Afrita staðbundinn póst (mbox, Maildir, möppur Thunderbird) í IMAP-aðgang og staðfesta hann þar</translation>
    </message>
    <message>
        <source>The mail to copy: mbox files, Maildir folders, or Thunderbird mail directories (the folder with Inbox, Sent and *.sbd). They are only read.</source>
        <translation>Pósturinn sem á að afrita: mbox-skrár, Maildir-möppur eða póstmöppur Thunderbird (mappan með Inbox, Sent og *.sbd). Þær eru aðeins lesnar.</translation>
    </message>
    <message>
        <source>The autoconfig (clientConfig 1.1) file with the IMAP server to copy to.</source>
        <translation>Autoconfig-skráin (clientConfig 1.1) með IMAP-netþjóninum sem á að afrita í.</translation>
    </message>
    <message>
        <source>The email address: fills placeholders and finds the password.</source>
        <translation>Netfangið: fyllir í staðgengla og finnur lykilorðið.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the keychain.</source>
        <translation>Lesa lykilorðið úr fyrstu línu staðalinntaks í stað lykilorðageymslunnar.</translation>
    </message>
    <message>
        <source>How long to wait for each answer of the server</source>
        <translation>Hve lengi á að bíða eftir hverju svari netþjónsins</translation>
    </message>
    <message>
        <source>Log in and compare, but copy nothing: say what would be copied.</source>
        <translation>Skrá inn og bera saman en afrita ekkert: segja hvað yrði afritað.</translation>
    </message>
    <message>
        <source>Copy the local folder LOCAL (as the report names it) to the IMAP folder REMOTE (levels separated by /). May be repeated.</source>
        <translation>Afrita staðbundnu möppuna LOCAL (eins og skýrslan nefnir hana) í IMAP-möppuna REMOTE (stig aðskilin með /). Má endurtaka.</translation>
    </message>
    <message>
        <source>LOCAL=REMOTE</source>
        <translation>LOCAL=REMOTE</translation>
    </message>
    <message>
        <source>What to print: text (default) or json.</source>
        <translation>Hvað á að prenta: text (sjálfgefið) eða json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>snið</translation>
    </message>
    <message>
        <source>unknown format “%1”; use text or json.</source>
        <translation>óþekkt snið „%1“; notaðu text eða json.</translation>
    </message>
    <message>
        <source>give the file with the IMAP server: --config FILE.</source>
        <translation>tilgreindu skrána með IMAP-netþjóninum: --config FILE.</translation>
    </message>
    <message>
        <source>%1 of %2 messages, %3 of %4 MB
</source>
        <extracomment>%1 and %2 messages, %3 and %4 sizes in MB</extracomment>
        <translation>%1 af %2 skilaboðum, %3 af %4 MB
</translation>
    </message>
</context>
<context>
    <name>MigrationWords</name>
    <message>
        <source>%1 of %2 messages, %3 of %4</source>
        <extracomment>%1 and %2 message counts, %3 and %4 sizes such as &quot;12.3 MB&quot;</extracomment>
        <translation>%1 af %2 skilaboðum, %3 af %4</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (í hléi)</translation>
    </message>
    <message>
        <source>Every message is on the server and was checked there: %1 copied now, %2 already there.</source>
        <extracomment>%1 and %2 are message counts</extracomment>
        <translation>Öll skilaboð eru á netþjóninum og voru staðfest þar: %1 afrituð núna, %2 voru þar fyrir.</translation>
    </message>
    <message>
        <source>The copy stopped: %1 Copy again to go on: nothing is copied twice.</source>
        <translation>Afritunin stöðvaðist: %1 Afritaðu aftur til að halda áfram: ekkert er afritað tvisvar.</translation>
    </message>
    <message>
        <source>%1, message %2: %3</source>
        <extracomment>%1 folder, %2 position of the message in it, %3 why it is not on the server</extracomment>
        <translation>%1, skilaboð %2: %3</translation>
    </message>
    <message>
        <source>Portpilot has not deleted anything. Keep the old account until you have looked at your mail in the new one.</source>
        <translation>Portpilot hefur engu eytt. Haltu gamla aðganginum þar til þú hefur skoðað póstinn þinn í þeim nýja.</translation>
    </message>
    <message>
        <source>Thunderbird: add the new IMAP account first. Then open Account Settings, select the old POP3 account and choose Account Actions → Remove Account. If it delivered to Local Folders, the messages there stay until you delete them yourself.</source>
        <translation>Thunderbird: bættu nýja IMAP-aðganginum við fyrst. Opnaðu svo Aðgangsstillingar, veldu gamla POP3-aðganginn og veldu Aðgerðir aðgangs → Fjarlægja aðgang. Ef hann setti póstinn í Staðbundnar möppur verða skilaboðin þar áfram þar til þú eyðir þeim sjálf(ur).</translation>
    </message>
    <message>
        <source>Evolution: add the new IMAP account first. Then open Edit → Accounts, select the old POP3 account and choose Delete. The messages “On This Computer” stay until you delete them yourself.</source>
        <translation>Evolution: bættu nýja IMAP-aðganginum við fyrst. Opnaðu svo Breyta → Aðgangar, veldu gamla POP3-aðganginn og veldu Eyða. Skilaboðin „Á þessari tölvu“ verða áfram þar til þú eyðir þeim sjálf(ur).</translation>
    </message>
    <message>
        <source>Other devices that still fetch mail with POP3 should be changed to IMAP too; otherwise they may remove messages from the server.</source>
        <translation>Önnur tæki sem sækja enn póst með POP3 ætti líka að færa yfir í IMAP; annars gætu þau fjarlægt skilaboð af netþjóninum.</translation>
    </message>
    <message>
        <source>%1, about %2 s left</source>
        <extracomment>%1 the progress so far, %2 seconds or minutes left</extracomment>
        <translation>%1, um %2 sek. eftir</translation>
    </message>
    <message>
        <source>%1, about %2 min left</source>
        <translation>%1, um %2 mín. eftir</translation>
    </message>
    <message>
        <source>Not on the server: %1 (listed below). The others were checked there.</source>
        <translation>Ekki á netþjóninum: %1 (talin upp hér fyrir neðan). Hin voru staðfest þar.</translation>
    </message>
    <message>
        <source>Left out, marked as deleted: %1.</source>
        <translation>Skilin eftir, merkt sem eydd: %1.</translation>
    </message>
</context>
<context>
    <name>MobileconfigExporter</name>
    <message>
        <source>Apple configuration profile for Mail on iPhone, iPad and Mac</source>
        <translation>Stillingasnið Apple fyrir Mail á iPhone, iPad og Mac</translation>
    </message>
    <message>
        <source>Apple profiles have no STARTTLS/TLS switch, so implicit TLS works only on port %1.</source>
        <translation>Stillingasnið Apple hafa engan STARTTLS/TLS-rofa, svo beint TLS virkar aðeins á gátt %1.</translation>
    </message>
    <message>
        <source>Apple profiles have no STARTTLS/TLS switch, so STARTTLS works only on port %1.</source>
        <translation>Stillingasnið Apple hafa engan STARTTLS/TLS-rofa, svo STARTTLS virkar aðeins á gátt %1.</translation>
    </message>
    <message>
        <source>Apple profiles cannot say “STARTTLS”: Mail will use STARTTLS for %1 because that is what port %2 means.</source>
        <translation>Stillingasnið Apple geta ekki sagt „STARTTLS“: Mail notar STARTTLS fyrir %1 því það er það sem gátt %2 merkir.</translation>
    </message>
    <message>
        <source>%1 is written without encryption: Mail will send the password unprotected.</source>
        <translation>%1 er skrifað án dulritunar: Mail mun senda lykilorðið óvarið.</translation>
    </message>
    <message>
        <source>Mail (%1)</source>
        <translation>Póstur (%1)</translation>
    </message>
    <message>
        <source>Apple profiles cannot say whether to leave messages on the POP3 server; Mail&apos;s own setting applies.</source>
        <translation>Stillingasnið Apple geta ekki sagt til um hvort skilja eigi póst eftir á POP3-þjóninum; stilling Mail sjálfs gildir.</translation>
    </message>
    <message>
        <source>Apple profiles carry passwords only when encrypted for one device; none was written, Mail asks for it.</source>
        <translation>Stillingasnið Apple innihalda lykilorð aðeins þegar þau eru dulrituð fyrir eitt tæki; ekkert var skrifað, Mail spyr um það.</translation>
    </message>
    <message>
        <source>Sets up the mail account %1</source>
        <translation>Setur upp póstreikninginn %1</translation>
    </message>
    <message>
        <source>an Apple mail profile has no OAuth2 setting (only password, CRAM-MD5, NTLM and HTTP-MD5 logins), so the device could not sign in.</source>
        <translation>stillingasnið Apple fyrir póst hefur enga OAuth2-stillingu (aðeins innskráningu með lykilorði, CRAM-MD5, NTLM og HTTP-MD5), svo tækið gæti ekki skráð inn.</translation>
    </message>
</context>
<context>
    <name>MsmtpExporter</name>
    <message>
        <source>msmtp configuration (.msmtprc) for sending; the password comes from the keychain</source>
        <translation>Stillingar msmtp (.msmtprc) til sendingar; lykilorðið kemur úr lykilorðageymslunni</translation>
    </message>
    <message>
        <source>%1 is used without encryption: msmtp sends the password unprotected.</source>
        <translation>%1 er notað án dulritunar: msmtp sendir lykilorðið óvarið.</translation>
    </message>
</context>
<context>
    <name>MuttExporter</name>
    <message>
        <source>muttrc for mutt and neomutt; the password comes from the keychain</source>
        <translation>muttrc fyrir mutt og neomutt; lykilorðið kemur úr lykilorðageymslunni</translation>
    </message>
    <message>
        <source>mutt can only require TLS for all servers or for none, and the other server uses TLS.</source>
        <translation>mutt getur aðeins krafist TLS fyrir alla póstþjóna eða engan, og hinn póstþjónninn notar TLS.</translation>
    </message>
    <message>
        <source>a backtick cannot appear in mutt&apos;s keychain command.</source>
        <translation>bakbroddur (`) má ekki koma fyrir í lykilorðageymsluskipun mutt.</translation>
    </message>
    <message>
        <source>Both servers are used without encryption: mutt sends the password unprotected.</source>
        <translation>Báðir póstþjónarnir eru notaðir án dulritunar: mutt sendir lykilorðið óvarið.</translation>
    </message>
    <message>
        <source>neomutt 20220429 signs in to POP3 servers with OAUTHBEARER only, and this server takes XOAUTH2 only.</source>
        <translation>neomutt 20220429 skráir aðeins inn á POP3-þjóna með OAUTHBEARER og þessi póstþjónn tekur aðeins við XOAUTH2.</translation>
    </message>
</context>
<context>
    <name>OAuth2Commands</name>
    <message>
        <source>%1 has not signed in with OAuth2 on this computer. Sign in first: portpilot login %1</source>
        <translation>%1 hefur ekki skráð sig inn með OAuth2 á þessari tölvu. Skráðu þig inn fyrst: portpilot login %1</translation>
    </message>
    <message>
        <source>%1 has not signed in with OAuth2 for %2 on this computer. Sign in first: portpilot login %1</source>
        <extracomment>%1 is an address, %2 a server name</extracomment>
        <translation>%1 hefur ekki skráð sig inn með OAuth2 fyrir %2 á þessari tölvu. Skráðu þig inn fyrst: portpilot login %1</translation>
    </message>
    <message>
        <source>Opened the sign-in page of %1 in your browser (%2). If it did not open, visit:
%3
</source>
        <extracomment>%1 is the issuer such as Microsoft, %2 &quot;$BROWSER&quot; or &quot;xdg-open&quot;, %3 the address of the page</extracomment>
        <translation>Innskráningarsíða %1 var opnuð í vafranum þínum (%2). Ef hún opnaðist ekki, farðu á:
%3
</translation>
    </message>
    <message>
        <source>To sign in with %1, open this address in a browser on this computer:
%2
Waiting for the sign-in…
</source>
        <extracomment>%1 is the issuer, %2 the address of the page</extracomment>
        <translation>Til að skrá þig inn hjá %1, opnaðu þessa slóð í vafra á þessari tölvu:
%2
Bíð eftir innskráningunni…
</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>ekkert svar innan %1 sekúndna</translation>
    </message>
    <message>
        <source>The command is: portpilot login %1</source>
        <translation>Skipunin er: portpilot login %1</translation>
    </message>
</context>
<context>
    <name>OAuth2Problem</name>
    <message>
        <source>Portpilot has no client registration for %1.</source>
        <translation>Portpilot hefur enga biðlaraskráningu hjá %1.</translation>
    </message>
    <message>
        <source>The sign-in with %1 was not allowed, so Portpilot cannot use this account. Sign in again and choose to allow access.</source>
        <translation>Innskráning með %1 var ekki leyfð, svo Portpilot getur ekki notað þennan reikning. Skráðu þig inn aftur og veldu að leyfa aðgang.</translation>
    </message>
    <message>
        <source>Your organisation must approve Portpilot before you can sign in with %1. Ask an administrator of your organisation to approve it.</source>
        <translation>Fyrirtækið eða stofnunin þín þarf að samþykkja Portpilot áður en þú getur skráð þig inn með %1. Biddu kerfisstjóra hennar að samþykkja það.</translation>
    </message>
    <message>
        <source>The administrator can approve it here: %1</source>
        <translation>Kerfisstjórinn getur samþykkt það hér: %1</translation>
    </message>
    <message>
        <source>The sign-in with %1 has expired or was revoked. Sign in again.</source>
        <translation>Innskráningin með %1 er útrunnin eða var afturkölluð. Skráðu þig inn aftur.</translation>
    </message>
    <message>
        <source>%1 refused Portpilot’s client registration. Check the client id in the registrations file.</source>
        <translation>%1 hafnaði biðlaraskráningu Portpilot. Athugaðu biðlaraauðkennið (client id) í skráningaskránni.</translation>
    </message>
    <message>
        <source>The sign-in answer did not come from %1, so Portpilot ignored it.</source>
        <translation>Svarið við innskráningunni kom ekki frá %1, svo Portpilot hunsaði það.</translation>
    </message>
    <message>
        <source>%1’s sign-in address is not encrypted (it does not start with https://), so Portpilot does not use it.</source>
        <translation>Innskráningarslóð %1 er ekki dulrituð (hún byrjar ekki á https://), svo Portpilot notar hana ekki.</translation>
    </message>
    <message>
        <source>%1’s sign-in server answered with a web page instead of a token.</source>
        <translation>Innskráningarþjónn %1 svaraði með vefsíðu í stað tóka.</translation>
    </message>
    <message>
        <source>%1’s sign-in server sent an answer that is far too large.</source>
        <translation>Innskráningarþjónn %1 sendi allt of stórt svar.</translation>
    </message>
    <message>
        <source>Portpilot could not reach %1’s sign-in server.</source>
        <translation>Portpilot náði ekki sambandi við innskráningarþjón %1.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in.</source>
        <translation>%1 hafnaði innskráningunni.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Hætt var við innskráninguna.</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <extracomment>%1 is the sign-in server&apos;s own explanation, quoted</extracomment>
        <translation>Svarið var: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>This computer’s clock is %n minute(s) ahead of the sign-in server’s, and sign-ins are refused when the clock is wrong. Set the clock right (automatic time), then sign in again.</source>
        <translation>
            <numerusform>Klukka þessarar tölvu er %n mínútu á undan klukku innskráningarþjónsins, og innskráningum er hafnað þegar klukkan er röng. Stilltu klukkuna rétt (sjálfvirkur tími) og skráðu þig svo inn aftur.</numerusform>
            <numerusform>Klukka þessarar tölvu er %n mínútum á undan klukku innskráningarþjónsins, og innskráningum er hafnað þegar klukkan er röng. Stilltu klukkuna rétt (sjálfvirkur tími) og skráðu þig svo inn aftur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer’s clock is %n minute(s) behind the sign-in server’s, and sign-ins are refused when the clock is wrong. Set the clock right (automatic time), then sign in again.</source>
        <translation>
            <numerusform>Klukka þessarar tölvu er %n mínútu á eftir klukku innskráningarþjónsins, og innskráningum er hafnað þegar klukkan er röng. Stilltu klukkuna rétt (sjálfvirkur tími) og skráðu þig svo inn aftur.</numerusform>
            <numerusform>Klukka þessarar tölvu er %n mínútum á eftir klukku innskráningarþjónsins, og innskráningum er hafnað þegar klukkan er röng. Stilltu klukkuna rétt (sjálfvirkur tími) og skráðu þig svo inn aftur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuth2Registrations</name>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>skráin er stærri en %1 bæti</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>ekki JSON-hlutur: %1</translation>
    </message>
    <message>
        <source>“format” must be “portpilot-oauth2” and “version” %1</source>
        <translation>„format“ verður að vera „portpilot-oauth2“ og „version“ %1</translation>
    </message>
    <message>
        <source>an issuer has no “id”</source>
        <translation>útgefandi hefur ekkert „id“</translation>
    </message>
    <message>
        <source>issuer “%1”: “%2” must be an https:// address</source>
        <translation>útgefandi „%1“: „%2“ verður að vera https://-slóð</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Portpilot has no client registration for signing in with %1. A registration is a client id that the issuer gives to an application. Add yours to %2 as {&quot;format&quot;: &quot;portpilot-oauth2&quot;, &quot;version&quot;: 1, &quot;issuers&quot;: [{&quot;id&quot;: &quot;%3&quot;, &quot;clientId&quot;: &quot;…&quot;}]} (see docs/oauth2.md).</source>
        <translation>Portpilot hefur enga biðlaraskráningu til innskráningar með %1. Skráning er biðlaraauðkenni (client id) sem útgefandinn gefur forriti. Bættu þínu við í %2 sem {&quot;format&quot;: &quot;portpilot-oauth2&quot;, &quot;version&quot;: 1, &quot;issuers&quot;: [{&quot;id&quot;: &quot;%3&quot;, &quot;clientId&quot;: &quot;…&quot;}]} (sjá docs/oauth2.md).</translation>
    </message>
    <message>
        <source>How to register an application: %1</source>
        <translation>Hvernig forrit er skráð: %1</translation>
    </message>
</context>
<context>
    <name>ParseCommand</name>
    <message>
        <source>Print the account an autoconfig file describes</source>
        <translation>Prenta reikninginn sem autoconfig-skrá lýsir</translation>
    </message>
    <message>
        <source>The autoconfig (clientConfig 1.1) file to read.</source>
        <translation>Autoconfig-skráin (clientConfig 1.1) sem á að lesa.</translation>
    </message>
    <message>
        <source>Fill the placeholders for this email address.</source>
        <translation>Fylla út staðgenglana fyrir þetta tölvupóstfang.</translation>
    </message>
    <message>
        <source>Fill %REALNAME% with this name.</source>
        <translation>Fylla %REALNAME% út með þessu nafni.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nafn</translation>
    </message>
    <message>
        <source>format</source>
        <translation>snið</translation>
    </message>
    <message>
        <source>What to print: json (default) or xml.</source>
        <translation>Hvað á að prenta: json (sjálfgefið) eða xml.</translation>
    </message>
    <message>
        <source>unknown format “%1”; use json or xml.</source>
        <translation>óþekkt snið „%1“; notaðu json eða xml.</translation>
    </message>
</context>
<context>
    <name>Portpilot::AuthorizationFlow</name>
    <message>
        <source>This sign-in is already finished. You can close this page.</source>
        <translation>Þessari innskráningu er þegar lokið. Þú getur lokað þessari síðu.</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in Portpilot is waiting for. Nothing was changed.</source>
        <translation>Þessi síða tilheyrir ekki innskráningunni sem Portpilot bíður eftir. Engu var breytt.</translation>
    </message>
    <message>
        <source>Portpilot did not accept this sign-in. Return to Portpilot for the details.</source>
        <translation>Portpilot samþykkti ekki þessa innskráningu. Farðu aftur í Portpilot til að sjá nánar.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed. Return to Portpilot for the details.</source>
        <translation>Innskráningin tókst ekki. Farðu aftur í Portpilot til að sjá nánar.</translation>
    </message>
    <message>
        <source>Portpilot received your sign-in. Return to Portpilot; you can close this page.</source>
        <translation>Portpilot tók við innskráningunni þinni. Farðu aftur í Portpilot; þú getur lokað þessari síðu.</translation>
    </message>
</context>
<context>
    <name>Portpilot::AutodiscoverLookup</name>
    <message>
        <source>not an https:// address: %1</source>
        <translation>ekki https://-slóð: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>hætt við</translation>
    </message>
    <message>
        <source>HTTP redirect to %1</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>HTTP-áframvísun á %1</translation>
    </message>
    <message>
        <source>HTTP status 401: it asks for a login, as Exchange does</source>
        <translation>HTTP-staða 401: hún biður um innskráningu, eins og Exchange gerir</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing server(s)</source>
        <extracomment>%1 and %2 are numbers of servers</extracomment>
        <translation>%1 póstþjónn/-þjónar fyrir innkomandi og %2 fyrir útsendan póst</translation>
    </message>
    <message>
        <source>only Exchange’s own servers (%1)</source>
        <extracomment>%1 lists Exchange&apos;s protocol names (EXCH, EXPR, WEB)</extracomment>
        <translation>aðeins eigin póstþjónar Exchange (%1)</translation>
    </message>
    <message>
        <source>ask again for the address %1</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>spyrja aftur fyrir netfangið %1</translation>
    </message>
    <message>
        <source>ask again at %1</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>spyrja aftur á %1</translation>
    </message>
    <message>
        <source>HTTP status 405 to the POST, %1 to the GET</source>
        <translation>HTTP-staða 405 við POST, %1 við GET</translation>
    </message>
    <message>
        <source>HTTP status 405 to the POST, an Autodiscover response to the GET</source>
        <translation>HTTP-staða 405 við POST, Autodiscover-svar við GET</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>þjónninn svaraði með HTTP-stöðu %1</translation>
    </message>
    <message>
        <source>a POX response with %1</source>
        <extracomment>%1 says how many servers</extracomment>
        <translation>POX-svar með %1</translation>
    </message>
    <message>
        <source>Exchange (%1)</source>
        <translation>Exchange (%1)</translation>
    </message>
    <message>
        <source>a redirect (%1)</source>
        <translation>áframvísun (%1)</translation>
    </message>
    <message>
        <source>an error response (%1)</source>
        <translation>villusvar (%1)</translation>
    </message>
    <message>
        <source>not an Autodiscover response Outlook reads (%1)</source>
        <translation>ekki Autodiscover-svar sem Outlook les (%1)</translation>
    </message>
    <message>
        <source>served to GET only (%1)</source>
        <translation>aðeins afhent við GET (%1)</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <extracomment>%1 is an HTTP status code such as 404</extracomment>
        <translation>HTTP-staða %1</translation>
    </message>
    <message>
        <source>%1 names no usable host</source>
        <extracomment>%1 is a DNS name</extracomment>
        <translation>%1 nefnir enga nothæfa vél</translation>
    </message>
    <message>
        <source>back to %1, asked before</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>aftur á %1, sem þegar var spurt</translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s)</source>
        <extracomment>%n is the most redirects Outlook follows</extracomment>
        <translation>
            <numerusform>fleiri en %n tilvísun</numerusform>
            <numerusform>fleiri en %n tilvísanir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n redirect(s) (the last: %2)</source>
        <extracomment>%1 is what the last address asked gave, %n how many redirects led there, %2 the last one</extracomment>
        <translation>
            <numerusform>%1, eftir %n tilvísun (sú síðasta: %2)</numerusform>
            <numerusform>%1, eftir %n tilvísanir (sú síðasta: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>a redirect loop (%1)</source>
        <translation>tilvísanir í hring (%1)</translation>
    </message>
    <message>
        <source>too many redirects (%1)</source>
        <translation>of margar tilvísanir (%1)</translation>
    </message>
    <message>
        <source>a redirect to an unencrypted address (%1)</source>
        <translation>tilvísun á ódulritaða slóð (%1)</translation>
    </message>
</context>
<context>
    <name>Portpilot::BundledSource</name>
    <message>
        <source>“%1” is not in Portpilot’s provider list</source>
        <translation>„%1“ er ekki á þjónustuaðilalista Portpilot</translation>
    </message>
</context>
<context>
    <name>Portpilot::CertificateDialog</name>
    <message>
        <source>Check the server’s certificate</source>
        <translation>Athuga skilríki póstþjónsins</translation>
    </message>
    <message>
        <source>The certificate of “%1” could not be verified. Trust it only if you know this server uses it, for example because your provider told you the fingerprint below.</source>
        <extracomment>%1 is a server such as imap.example.com:993</extracomment>
        <translation>Ekki tókst að sannreyna skilríkið fyrir „%1“. Treystu því aðeins ef þú veist að þessi póstþjónn notar það, til dæmis af því að þjónustuaðilinn gaf þér upp fingrafarið hér fyrir neðan.</translation>
    </message>
    <message>
        <source>The certificate of “%1” cannot be accepted: it belongs to another server or is broken. Check the server name.</source>
        <translation>Ekki er hægt að samþykkja skilríkið fyrir „%1“: það tilheyrir öðrum póstþjóni eða er gallað. Athugaðu heiti póstþjónsins.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Gefið út til:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Útgefandi:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gilt frá:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gilt til:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingrafar:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Vandamál:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Treysta þessu skilríki</translation>
    </message>
    <message>
        <source>Trusts exactly this certificate for this server from now on</source>
        <translation>Treystir nákvæmlega þessu skilríki fyrir þennan póstþjón héðan í frá</translation>
    </message>
</context>
<context>
    <name>Portpilot::ChoosePage</name>
    <message>
        <source>%1 — %2, port %3, %4</source>
        <extracomment>One server found: %1 protocol (IMAP, POP3, SMTP), %2 host name, %3 port, %4 security</extracomment>
        <translation>%1 — %2, gátt %3, %4</translation>
    </message>
    <message>
        <source>Provider instructions</source>
        <translation>Leiðbeiningar þjónustuaðila</translation>
    </message>
    <message>
        <source>Your approval is needed</source>
        <translation>Samþykkis þíns er þörf</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Samþykki</translation>
    </message>
    <message>
        <source>Set up &amp;manually…</source>
        <translation>Setja upp hand&amp;virkt…</translation>
    </message>
    <message>
        <source>Type the server settings yourself instead</source>
        <translation>Slá stillingar póstþjóna inn sjálf(ur) í staðinn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you continue:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Áður en þú heldur áfram:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Domain to approve</source>
        <translation>Lén til að samþykkja</translation>
    </message>
    <message>
        <source>I trust “%1” to handle my mail. These servers were found without proof that they belong to my provider.</source>
        <extracomment>%1 is an internet domain such as example.com</extracomment>
        <translation>Ég treysti „%1“ fyrir póstinum mínum. Þessir póstþjónar fundust án sönnunar á að þeir tilheyri þjónustuaðilanum mínum.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Samþykkja %1</translation>
    </message>
    <message>
        <source>The servers were found through DNS or by guessing, which anyone on the network could fake</source>
        <translation>Póstþjónarnir fundust um DNS eða með ágiskun, sem hver sem er á netinu gæti falsað</translation>
    </message>
    <message>
        <source>Open %1</source>
        <extracomment>A link to the provider&apos;s page; %1 is its host name, such as mail.example.com</extracomment>
        <translation>Opna %1</translation>
    </message>
    <message>
        <source>Choose how to connect</source>
        <translation>Veldu hvernig á að tengjast</translation>
    </message>
    <message>
        <source>Two choices, each explained. The recommended one is right for most people.</source>
        <translation>Tveir kostir, hvor með skýringu. Sá sem mælt er með hentar flestum.</translation>
    </message>
    <message>
        <source>Receive mail with</source>
        <translation>Taka við pósti með</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Dulritun</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Póstþjónar sem fundust</translation>
    </message>
    <message>
        <source>&amp;IMAP (recommended)</source>
        <extracomment>The recommended way to receive mail</extracomment>
        <translation>&amp;IMAP (mælt með)</translation>
    </message>
    <message>
        <source>&amp;POP3</source>
        <translation>&amp;POP3</translation>
    </message>
    <message>
        <source>&amp;SSL/TLS (recommended)</source>
        <extracomment>The recommended encryption</extracomment>
        <translation>&amp;SSL/TLS (mælt með)</translation>
    </message>
    <message>
        <source>S&amp;TARTTLS</source>
        <translation>S&amp;TARTTLS</translation>
    </message>
    <message>
        <source>Incoming:</source>
        <translation>Póstþjónn inn:</translation>
    </message>
    <message>
        <source>Outgoing:</source>
        <translation>Póstþjónn út:</translation>
    </message>
    <message>
        <source>Incoming server</source>
        <translation>Póstþjónn inn</translation>
    </message>
    <message>
        <source>The server that receives your mail</source>
        <translation>Póstþjónninn sem tekur við póstinum þínum</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Póstþjónn út</translation>
    </message>
    <message>
        <source>The server that sends your mail</source>
        <translation>Póstþjónninn sem sendir póstinn þinn</translation>
    </message>
    <message>
        <source>About IMAP</source>
        <translation>Um IMAP</translation>
    </message>
    <message>
        <source>About POP3</source>
        <translation>Um POP3</translation>
    </message>
    <message>
        <source>About SSL/TLS</source>
        <translation>Um SSL/TLS</translation>
    </message>
    <message>
        <source>About STARTTLS</source>
        <translation>Um STARTTLS</translation>
    </message>
    <message>
        <source>About the encryption of the servers found</source>
        <translation>Um dulritun póstþjónanna sem fundust</translation>
    </message>
    <message>
        <source>The settings found for this address name no POP3 server; to type one, use “Set up manually…”.</source>
        <translation>Stillingarnar sem fundust fyrir þetta netfang nefna engan POP3-póstþjón; til að slá hann inn skaltu velja „Setja upp handvirkt…“.</translation>
    </message>
    <message>
        <source>None of the servers found for this address uses it.</source>
        <translation>Enginn póstþjónanna sem fundust fyrir þetta netfang notar hana.</translation>
    </message>
    <message>
        <source>No incoming server with %1 was found, so this one uses %2.</source>
        <translation>Enginn póstþjónn inn með %1 fannst, svo þessi notar %2.</translation>
    </message>
    <message>
        <source>No outgoing server with %1 was found, so this one uses %2.</source>
        <translation>Enginn póstþjónn út með %1 fannst, svo þessi notar %2.</translation>
    </message>
</context>
<context>
    <name>Portpilot::DetailsPage</name>
    <message>
        <source>Your details</source>
        <translation>Upplýsingar um þig</translation>
    </message>
    <message>
        <source>Type your email address. Portpilot finds the servers for you.</source>
        <translation>Sláðu inn tölvupóstfangið þitt. Portpilot finnur póstþjónana fyrir þig.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nafnið þitt:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nafnið þitt</translation>
    </message>
    <message>
        <source>The name recipients see next to your address</source>
        <translation>Nafnið sem viðtakendur sjá við hlið netfangsins</translation>
    </message>
    <message>
        <source>Email &amp;address:</source>
        <translation>&amp;Tölvupóstfang:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Tölvupóstfang</translation>
    </message>
    <message>
        <source>The address to set up; the servers are found from it</source>
        <translation>Netfangið sem á að setja upp; póstþjónarnir eru fundnir út frá því</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nafn@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lykilorð:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <source>The password of your email account, used to test the login</source>
        <translation>Lykilorð póstreikningsins, notað til að prófa innskráninguna</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>&amp;Sýna lykilorð</translation>
    </message>
    <message>
        <source>Shows the password as plain text while you type</source>
        <translation>Sýnir lykilorðið sem venjulegan texta á meðan þú skrifar</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Muna lykilorðið í lykilorðageymslu kerfisins</translation>
    </message>
    <message>
        <source>Stores the password in the desktop’s keychain so that mail programs can use it</source>
        <translation>Geymir lykilorðið í lykilorðageymslu skjáborðsins svo að póstforrit geti notað það</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Vandamál með netfang</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Staða lykilorðageymslu</translation>
    </message>
    <message>
        <source>%1 Your mail program will ask for the password instead.</source>
        <translation>%1 Póstforritið þitt mun spyrja um lykilorðið í staðinn.</translation>
    </message>
    <message>
        <source>About your password</source>
        <translation>Um lykilorðið þitt</translation>
    </message>
    <message>
        <source>No password needed: %1 signs you in on its own page in your browser during the test, and Portpilot keeps that sign-in in the system keychain.</source>
        <extracomment>%1 is a provider such as Outlook.com</extracomment>
        <translation>Ekkert lykilorð þarf: %1 skráir þig inn á eigin síðu í vafranum þínum meðan á prófuninni stendur, og Portpilot geymir þá innskráningu í lykilorðageymslu kerfisins.</translation>
    </message>
    <message>
        <source>S&amp;tart from:</source>
        <translation>&amp;Byrja á:</translation>
    </message>
    <message>
        <source>Start from an account on this computer</source>
        <translation>Byrja á aðgangi á þessari tölvu</translation>
    </message>
    <message>
        <source>Fills in your details from a mail program on this computer and offers its servers</source>
        <translation>Fyllir inn upplýsingarnar þínar úr póstforriti á þessari tölvu og býður netþjóna þess</translation>
    </message>
    <message>
        <source>Nothing: I type my details</source>
        <translation>Engu: ég slæ inn upplýsingarnar mínar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a program such as Thunderbird, %2 an email address</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>I own this domain: &amp;check it…</source>
        <translation>Ég á þetta lén: &amp;athuga það…</translation>
    </message>
    <message>
        <source>For the people who run a domain’s mail: checks what mail programs find there, instead of setting up an account</source>
        <translation>Fyrir þau sem sjá um póst léns: athugar hvað póstforrit finna þar, í stað þess að setja upp aðgang</translation>
    </message>
</context>
<context>
    <name>Portpilot::DiscoverySource</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>ekkert svar innan %n sekúndu</numerusform>
            <numerusform>ekkert svar innan %n sekúndna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portpilot::DomainCheck</name>
    <message numerus="yes">
        <source>%n redirect(s)</source>
        <translation>
            <numerusform>%n áframvísun</numerusform>
            <numerusform>%n áframvísanir</numerusform>
        </translation>
    </message>
    <message>
        <source>ISP database: %1, autoconfig: %2</source>
        <translation>ISP-gagnagrunnur: %1, autoconfig: %2</translation>
    </message>
    <message>
        <source>MX: %1, autoconfig: %2</source>
        <translation>MX: %1, autoconfig: %2</translation>
    </message>
    <message>
        <source>(No file yet: no incoming and outgoing server of the domain passed the probe, so Portpilot has nothing tested to put in it.)</source>
        <translation>(Engin skrá enn: enginn póstþjónn inn og út á léninu stóðst prófunina, svo Portpilot hefur ekkert prófað til að setja í hana.)</translation>
    </message>
    <message>
        <source>(No records yet: no incoming and outgoing server of the domain passed the probe, so Portpilot has nothing tested to put in them.)</source>
        <translation>(Engar færslur enn: enginn póstþjónn inn og út á léninu stóðst prófunina, svo Portpilot hefur ekkert prófað til að setja í þær.)</translation>
    </message>
    <message>
        <source>%1: a clientConfig document with %2 incoming and %3 outgoing server(s)</source>
        <extracomment>%1 is a web address, %2 and %3 numbers of servers</extracomment>
        <translation>%1: clientConfig-skjal með póstþjónum inn: %2, út: %3</translation>
    </message>
    <message>
        <source>%1: a document that is not a clientConfig file</source>
        <translation>%1: skjal sem er ekki clientConfig-skrá</translation>
    </message>
    <message>
        <source>the domain is listed</source>
        <translation>lénið er skráð</translation>
    </message>
    <message>
        <source>not listed (%1)</source>
        <translation>ekki skráð (%1)</translation>
    </message>
    <message>
        <source>mail host %1 (%2)</source>
        <translation>póstþjónn %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n póstþjónn</numerusform>
            <numerusform>%n póstþjónar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; a clientConfig document only over plain HTTP at %2</source>
        <extracomment>%1 says what was found over HTTPS; %2 a web address</extracomment>
        <translation>%1; clientConfig-skjal aðeins um ódulritað HTTP á %2</translation>
    </message>
    <message>
        <source>%1 of %2 advertised server(s) answer as advertised</source>
        <extracomment>%1 and %2 are numbers of servers</extracomment>
        <translation>%1 af %2 auglýstum póstþjónum svara eins og auglýst er</translation>
    </message>
    <message>
        <source>%1; the test account logged in at %2 of %3</source>
        <extracomment>%1 says how many servers answer; %2 and %3 are numbers of servers</extracomment>
        <translation>%1; prófunarreikningurinn skráði sig inn á %2 af %3</translation>
    </message>
    <message>
        <source>%1 leads to %2: %3</source>
        <extracomment>%1 is a DNS record name, %2 a web address, %3 what was found there</extracomment>
        <translation>%1 vísar á %2: %3</translation>
    </message>
    <message>
        <source>not offered (%1 says so)</source>
        <translation>ekki í boði (%1 segir það)</translation>
    </message>
    <message>
        <source>not offered (no %1 record, no session resource at %2)</source>
        <extracomment>%1 is a DNS record name, %2 a web address</extracomment>
        <translation>ekki í boði (engin %1-færsla, engin lotuauðlind á %2)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 is a line number, %2 what is wrong there</extracomment>
        <translation>lína %1: %2</translation>
    </message>
    <message>
        <source>not a clientConfig document</source>
        <translation>ekki clientConfig-skjal</translation>
    </message>
    <message>
        <source>%1 of %2 mail programs get settings from the domain</source>
        <extracomment>%1 and %2 are numbers of mail programs</extracomment>
        <translation>%1 af %2 póstforritum fá stillingar frá léninu</translation>
    </message>
    <message>
        <source>Autodiscover: %1; autoconfig: %2</source>
        <extracomment>%1 and %2 list servers</extracomment>
        <translation>Autodiscover: %1; autoconfig: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a web address, %2 what it gave</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the domain&apos;s own autoconfig document (over HTTPS) does not name this server, only %1: the access token goes to no other server</source>
        <extracomment>%1 lists where the server is advertised, e.g. &quot;http, srv&quot;</extracomment>
        <translation>eigið autoconfig-skjal lénsins (yfir HTTPS) nefnir ekki þennan póstþjón, aðeins %1: aðgangstókinn fer ekki til neins annars póstþjóns</translation>
    </message>
    <message>
        <source>the server has no TLS, and an access token never goes over an unencrypted connection</source>
        <translation>póstþjónninn hefur ekkert TLS, og aðgangstóki fer aldrei um ódulkóðaða tengingu</translation>
    </message>
    <message>
        <source>the test account has no OAuth2 sign-in</source>
        <translation>prófunarreikningurinn hefur enga OAuth2-innskráningu</translation>
    </message>
    <message>
        <source>the domain&apos;s document names no OAuth2 issuer for this server, so a token from %1 is not sent</source>
        <extracomment>%1 is an OAuth2 issuer such as https://login.example.org</extracomment>
        <translation>skjal lénsins nefnir engan OAuth2-útgefanda fyrir þennan póstþjón, svo tóki frá %1 er ekki sendur</translation>
    </message>
    <message>
        <source>the test account&apos;s token is from %1, but the domain&apos;s document names the issuer %2; a token meant for another issuer is not sent</source>
        <extracomment>%1 and %2 are OAuth2 issuers such as https://login.example.org</extracomment>
        <translation>tóki prófunarreikningsins er frá %1, en skjal lénsins nefnir útgefandann %2; tóki ætlaður öðrum útgefanda er ekki sendur</translation>
    </message>
    <message numerus="yes">
        <source>user %1, %n account(s)</source>
        <extracomment>%1 is a login name, %n the number of accounts it may use</extracomment>
        <translation>
            <numerusform>notandi %1, %n reikningur</numerusform>
            <numerusform>notandi %1, %n reikningar</numerusform>
        </translation>
    </message>
    <message>
        <source>the API answered a Core/echo call</source>
        <translation>forritaskilin svöruðu Core/echo-kalli</translation>
    </message>
    <message>
        <source>%1; the test account logged in</source>
        <extracomment>%1 says where JMAP was found</extracomment>
        <translation>%1; prófunarreikningurinn skráði sig inn</translation>
    </message>
    <message>
        <source>%1; the test account could not log in</source>
        <translation>%1; prófunarreikningurinn gat ekki skráð sig inn</translation>
    </message>
</context>
<context>
    <name>Portpilot::DomainCheckPage</name>
    <message>
        <source>Check your domain</source>
        <translation>Athuga lénið þitt</translation>
    </message>
    <message>
        <source>For the people who run a domain’s mail: what mail programs find when someone sets up an address there, and how to fix what they trip over.</source>
        <translation>Fyrir þau sem sjá um póst léns: hvað póstforrit finna þegar einhver setur þar upp netfang, og hvernig má laga það sem þau hnjóta um.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Lén:</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Lén sem á að athuga</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>daemi.is</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>At&amp;huga</translation>
    </message>
    <message>
        <source>Asks every place mail programs look and probes each server found, without a password</source>
        <translation>Spyr alla staði sem póstforrit leita á og prófar hvern póstþjón sem finnst, án lykilorðs</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Athugasemd</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Varðar</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Athugasemdir</translation>
    </message>
    <message>
        <source>Where mail programs look, in the order they ask, each with what was found there</source>
        <translation>Staðirnir sem póstforrit leita á, í þeirri röð sem þau spyrja, hver með því sem þar fannst</translation>
    </message>
    <message>
        <source>What mail programs do because of the selected finding</source>
        <translation>Hvað póstforrit gera vegna valinnar athugasemdar</translation>
    </message>
    <message>
        <source>&amp;Fix:</source>
        <translation>&amp;Lagfæring:</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lagfæring</translation>
    </message>
    <message>
        <source>What to change for the selected finding</source>
        <translation>Hverju á að breyta vegna valinnar athugasemdar</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>A&amp;frita</translation>
    </message>
    <message>
        <source>Copies the fix to the clipboard</source>
        <translation>Afritar lagfæringuna á klippispjaldið</translation>
    </message>
    <message>
        <source>Folder to save the settings files in</source>
        <translation>Mappa fyrir stillingaskrárnar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Velja…</translation>
    </message>
    <message>
        <source>Chooses the folder</source>
        <translation>Velur möppuna</translation>
    </message>
    <message>
        <source>&amp;Save files</source>
        <translation>&amp;Vista skrár</translation>
    </message>
    <message>
        <source>Saves the checked files with the servers that passed, never replacing a file</source>
        <translation>Vistar merktu skrárnar með póstþjónunum sem stóðust, án þess að skipta út skrá</translation>
    </message>
    <message>
        <source>&amp;Log in as %1 too, with the password you typed (only over encrypted connections)</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>Skrá &amp;líka inn sem %1, með lykilorðinu sem þú slóst inn (aðeins um dulritaðar tengingar)</translation>
    </message>
    <message>
        <source>the test account</source>
        <translation>prófunaraðganginn</translation>
    </message>
    <message>
        <source>Checking %1: asking every place mail programs look, then probing each server…</source>
        <extracomment>%1 is a domain name</extracomment>
        <translation>Athuga %1: spyr alla staði sem póstforrit leita á, prófar svo hvern póstþjón…</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Athugunin var stöðvuð.</translation>
    </message>
    <message>
        <source>Type the domain and press Check.</source>
        <translation>Sláðu inn lénið og ýttu á Athuga.</translation>
    </message>
    <message>
        <source>Checked %1: nothing to report.</source>
        <extracomment>%1 is a domain name</extracomment>
        <translation>%1 athugað: ekkert að athuga.</translation>
    </message>
    <message>
        <source>Checked %1. Errors: %2, warnings: %3, notes: %4. Select a finding to see its fix.</source>
        <extracomment>%1 domain name; %2, %3, %4 numbers</extracomment>
        <translation>%1 athugað. Villur: %2, viðvaranir: %3, ábendingar: %4. Veldu athugasemd til að sjá lagfæringu hennar.</translation>
    </message>
    <message>
        <source>Logged in as %1 where a server takes a password.</source>
        <translation>Skráð inn sem %1 þar sem póstþjónn tekur við lykilorði.</translation>
    </message>
    <message>
        <source>After the check: save the files that publish the servers that passed.</source>
        <translation>Eftir athugunina: vistaðu skrárnar sem birta póstþjónana sem stóðust.</translation>
    </message>
    <message>
        <source>Publish the servers that passed, so that mail programs find them: save the files to put on your web server and in your DNS zone.</source>
        <translation>Birtu póstþjónana sem stóðust svo að póstforrit finni þá: vistaðu skrárnar sem fara á vefþjóninn og í DNS-svæðið.</translation>
    </message>
    <message>
        <source>Nothing to publish yet: no incoming and outgoing server passed the probe. Fix the servers first, then check again.</source>
        <translation>Ekkert að birta enn: enginn póstþjónn inn og út stóðst prófunina. Lagaðu póstþjónana fyrst og athugaðu svo aftur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 severity (&quot;error&quot;, &quot;warning&quot;, &quot;note&quot;), %2 the finding&apos;s id
----------
%1 the finding&apos;s subject (a web address, DNS record or server), %2 what mail programs do</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Afritað</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Vista í möppu</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Hætta v&amp;ið innskráningu</translation>
    </message>
    <message>
        <source>Sign &amp;in with the browser…</source>
        <translation>Skrá &amp;inn í vafranum…</translation>
    </message>
    <message>
        <source>Stops waiting for the sign-in in the browser</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>Hættir að bíða eftir innskráningunni í vafranum</translation>
    </message>
    <message>
        <source>Signs in as %1 in your browser with the issuer the domain’s autoconfig document names, then checks again and logs in to its OAuth2 servers. The sign-in is used for this check only and is not saved.</source>
        <translation>Skráir þig inn sem %1 í vafranum hjá útgefandanum sem autoconfig-skjal lénsins nefnir, athugar svo aftur og skráir inn á OAuth2-þjóna þess. Innskráningin er aðeins notuð fyrir þessa athugun og er ekki vistuð.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <extracomment>%1 is an email address, %2 the issuer such as Example Mail</extracomment>
        <translation>Skráir inn sem %1…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in as %1 with %2 in your browser. The sign-in is used for this check only.</source>
        <translation>Bíður eftir innskráningu sem %1 hjá %2 í vafranum. Innskráningin er aðeins notuð fyrir þessa athugun.</translation>
    </message>
    <message>
        <source>Logged in as %1 where a server takes the OAuth2 sign-in or the password. The sign-in was used for this check only and not saved.</source>
        <extracomment>%1 is an email address</extracomment>
        <translation>Innskráð sem %1 þar sem þjónn tekur við OAuth2-innskráningu eða lykilorðinu. Innskráningin var aðeins notuð fyrir þessa athugun og ekki vistuð.</translation>
    </message>
    <message>
        <source>The sign-in did not work: %1</source>
        <extracomment>%1 says why, from the issuer or the domain&apos;s document</extracomment>
        <translation>Innskráningin tókst ekki: %1</translation>
    </message>
</context>
<context>
    <name>Portpilot::DomainCheckSignIn</name>
    <message>
        <source>no sign-in within %1 seconds</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>engin innskráning innan %1 sekúndna</translation>
    </message>
    <message>
        <source>The sign-in takes the issuer from the domain’s own autoconfig document, and %1 has none over HTTPS (%2).</source>
        <extracomment>%1 is a domain, %2 says what was found instead</extracomment>
        <translation>Innskráningin tekur útgefandann úr eigin autoconfig-skjali lénsins, og %1 hefur ekkert slíkt yfir HTTPS (%2).</translation>
    </message>
</context>
<context>
    <name>Portpilot::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Lokið</translation>
    </message>
    <message>
        <source>Your account is set up. Use these settings in any mail program.</source>
        <translation>Reikningurinn þinn er uppsettur. Notaðu þessar stillingar í hvaða póstforriti sem er.</translation>
    </message>
    <message>
        <source>Summary of the account</source>
        <translation>Yfirlit yfir reikninginn</translation>
    </message>
    <message>
        <source>Where the password is</source>
        <translation>Hvar lykilorðið er</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Vista lykilorðið í lykilorðageymslu kerfisins…</translation>
    </message>
    <message>
        <source>Add the account to a mail program</source>
        <translation>Bæta reikningnum við póstforrit</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Póstforrit</translation>
    </message>
    <message>
        <source>The program whose settings file gets this account</source>
        <translation>Forritið sem fær þennan reikning í stillingaskrána sína</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Bæta við</translation>
    </message>
    <message>
        <source>Adds the account to the program&apos;s settings, keeping everything else in them and a backup</source>
        <translation>Bætir reikningnum við stillingar forritsins, heldur öllu öðru í þeim og geymir afrit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Afturkalla</translation>
    </message>
    <message>
        <source>Takes the account out again and restores what was there</source>
        <translation>Tekur reikninginn út aftur og setur til baka það sem var</translation>
    </message>
    <message>
        <source>What adding the account did</source>
        <translation>Hvað gerðist þegar reikningnum var bætt við</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a mail program (NeoMutt, Evolution, ...), %2 the file or folder it reads</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Portpilot::ExportPage</name>
    <message>
        <source>Export the settings</source>
        <translation>Flytja stillingarnar út</translation>
    </message>
    <message>
        <source>Save the settings in the form your mail program reads. You can skip this step.</source>
        <translation>Vistaðu stillingarnar á því sniði sem póstforritið þitt les. Þú getur sleppt þessu skrefi.</translation>
    </message>
    <message>
        <source>&amp;Formats:</source>
        <translation>&amp;Snið:</translation>
    </message>
    <message>
        <source>Export formats</source>
        <translation>Útflutningssnið</translation>
    </message>
    <message>
        <source>Check the formats to save; the selected one is previewed</source>
        <translation>Hakaðu við sniðin sem á að vista; valið snið er sýnt til forskoðunar</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>Fo&amp;rskoðun:</translation>
    </message>
    <message>
        <source>Preview of the exported file</source>
        <translation>Forskoðun útfluttu skrárinnar</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Vista í &amp;möppu:</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Mappa til að vista í</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Fl&amp;etta…</translation>
    </message>
    <message>
        <source>Choose the folder in a file dialog</source>
        <translation>Velja möppuna í skráaglugga</translation>
    </message>
    <message>
        <source>&amp;Include the password in the files</source>
        <translation>Hafa &amp;lykilorðið með í skránum</translation>
    </message>
    <message>
        <source>Off by default; formats that can, read it from the keychain</source>
        <translation>Sjálfgefið óvirkt; snið sem geta lesa það úr lykilorðageymslunni</translation>
    </message>
    <message>
        <source>Anyone who can read these files can read your password. Formats that can run a command fetch it from the system keychain instead; prefer that.</source>
        <translation>Hver sem getur lesið þessar skrár getur lesið lykilorðið þitt. Snið sem geta keyrt skipun sækja það í staðinn í lykilorðageymslu kerfisins; veldu það frekar.</translation>
    </message>
    <message>
        <source>Password warning</source>
        <translation>Aðvörun um lykilorð</translation>
    </message>
    <message>
        <source>&amp;Save the checked formats</source>
        <translation>&amp;Vista sniðin sem hakað er við</translation>
    </message>
    <message>
        <source>Writes one file per checked format; never replaces a file</source>
        <translation>Skrifar eina skrá fyrir hvert snið sem hakað er við; skiptir aldrei út skrá</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Hvað var vistað</translation>
    </message>
    <message>
        <source>--- %1 ---</source>
        <extracomment>A heading above one file in the preview; %1 is the file name</extracomment>
        <translation>--- %1 ---</translation>
    </message>
    <message numerus="yes">
        <source>(binary file, %n bytes)</source>
        <translation>
            <numerusform>(tvíundaskrá, %n bæti)</numerusform>
            <numerusform>(tvíundaskrá, %n bæti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Vista í möppu</translation>
    </message>
</context>
<context>
    <name>Portpilot::FindingPage</name>
    <message>
        <source>Finding your servers</source>
        <translation>Leitað að póstþjónum</translation>
    </message>
    <message>
        <source>Portpilot asks several sources at once. This takes a few seconds.</source>
        <translation>Portpilot spyr nokkrar heimildir í einu. Það tekur nokkrar sekúndur.</translation>
    </message>
    <message>
        <source>Sources asked</source>
        <translation>Heimildir sem spurðar voru</translation>
    </message>
    <message>
        <source>Each place Portpilot looks for your settings, and what it found</source>
        <translation>Hver staður sem Portpilot leitar á að stillingunum þínum, og hvað fannst</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Staða leitar</translation>
    </message>
    <message>
        <source>&amp;Stop searching</source>
        <translation>&amp;Stöðva leit</translation>
    </message>
    <message>
        <source>Stops the search; you can then type the settings yourself</source>
        <translation>Stöðvar leitina; þá getur þú slegið stillingarnar inn sjálf(ur)</translation>
    </message>
    <message>
        <source>Set up &amp;manually…</source>
        <translation>Setja upp hand&amp;virkt…</translation>
    </message>
    <message>
        <source>Type the server settings yourself instead</source>
        <translation>Slá stillingar póstþjóna inn sjálf(ur) í staðinn</translation>
    </message>
    <message>
        <source>Looking for the settings of “%1”…</source>
        <translation>Leita að stillingum fyrir „%1“…</translation>
    </message>
    <message>
        <source>%1: asking…</source>
        <extracomment>%1 is a source such as &quot;Your provider’s website&quot;</extracomment>
        <translation>%1: spyr…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 source, %2 what happened (&quot;found settings&quot;, &quot;nothing found&quot;, &quot;failed&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 source, %2 what happened, %3 details</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Settings found. Continue to choose your servers.</source>
        <translation>Stillingar fundust. Haltu áfram til að velja póstþjóna.</translation>
    </message>
    <message>
        <source>No settings were found. Continue to type them yourself.</source>
        <translation>Engar stillingar fundust. Haltu áfram til að slá þær inn sjálf(ur).</translation>
    </message>
</context>
<context>
    <name>Portpilot::GuessSource</name>
    <message numerus="yes">
        <source>no server answered on %n likely host name(s) and port(s)</source>
        <extracomment>%n is the number of host and port combinations tried</extracomment>
        <translation>
            <numerusform>enginn póstþjónn svaraði á %n líklegri samsetningu vélarheitis og gáttar</numerusform>
            <numerusform>enginn póstþjónn svaraði á %n líklegum samsetningum vélarheita og gátta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answered</source>
        <translation>
            <numerusform>%n póstþjónn svaraði</numerusform>
            <numerusform>%n póstþjónar svöruðu</numerusform>
        </translation>
    </message>
    <message>
        <source>only servers without encryption answered; they are not used without your approval</source>
        <translation>aðeins ódulritaðir póstþjónar svöruðu; þeir eru ekki notaðir án samþykkis þíns</translation>
    </message>
</context>
<context>
    <name>Portpilot::HelpDialog</name>
    <message>
        <source>Portpilot help</source>
        <translation>Hjálp fyrir Portpilot</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Þessi síða</translation>
    </message>
    <message>
        <source>Standard ports</source>
        <translation>Staðlaðar gáttir</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spurningar</translation>
    </message>
    <message>
        <source>Help for this page</source>
        <translation>Hjálp fyrir þessa síðu</translation>
    </message>
    <message>
        <source>Which port goes with which protocol and security</source>
        <translation>Hvaða gátt á við hvaða samskiptamáta og öryggi</translation>
    </message>
    <message>
        <source>Common questions</source>
        <translation>Algengar spurningar</translation>
    </message>
</context>
<context>
    <name>Portpilot::HttpFetcher</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <extracomment>%n is a number of seconds</extracomment>
        <translation>
            <numerusform>ekkert heilt svar innan %n sekúndu</numerusform>
            <numerusform>ekkert heilt svar innan %n sekúndna</numerusform>
        </translation>
    </message>
    <message>
        <source>the server announced %1 bytes, more than the limit of %2</source>
        <extracomment>%1 is a number of bytes, %2 the limit</extracomment>
        <translation>þjónninn boðaði %1 bæti, meira en hámarkið %2</translation>
    </message>
    <message numerus="yes">
        <source>too many redirects (more than %n)</source>
        <translation>
            <numerusform>of margar tilvísanir (fleiri en %n)</numerusform>
            <numerusform>of margar tilvísanir (fleiri en %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>redirected from HTTPS to an unencrypted address: %1</source>
        <translation>vísað frá HTTPS á ódulritaða slóð: %1</translation>
    </message>
    <message>
        <source>redirected to an unsupported address: %1</source>
        <translation>vísað á óstudda slóð: %1</translation>
    </message>
    <message>
        <source>redirected to another domain: %1</source>
        <extracomment>%1 is a domain name</extracomment>
        <translation>vísað á annað lén: %1</translation>
    </message>
    <message>
        <source>the document is larger than the limit of %1 bytes</source>
        <extracomment>%1 is the limit in bytes</extracomment>
        <translation>skjalið er stærra en hámarkið %1 bæti</translation>
    </message>
    <message>
        <source>the server’s certificate was refused: %1</source>
        <translation>skilríki þjónsins var hafnað: %1</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <extracomment>%1 is an HTTP status code such as 404</extracomment>
        <translation>þjónninn svaraði með HTTP-stöðu %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>hætt við</translation>
    </message>
    <message>
        <source>redirected to %1; a POST is not sent on to another address</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>áframvísað á %1; POST er ekki sent áfram á aðra slóð</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>vísað á %1</translation>
    </message>
</context>
<context>
    <name>Portpilot::IspdbSource</name>
    <message>
        <source>the ISP database address “%1” is not an https:// address</source>
        <translation>slóð ISP-gagnagrunnsins „%1“ er ekki https://-slóð</translation>
    </message>
</context>
<context>
    <name>Portpilot::IssuerMetadataRequest</name>
    <message>
        <source>the issuer “%1” is not an https:// address, so Portpilot cannot ask it for its endpoints.</source>
        <extracomment>%1 is the web address of a sign-in service</extracomment>
        <translation>útgefandinn „%1“ er ekki https://-slóð, svo Portpilot getur ekki spurt hann um slóðir hans.</translation>
    </message>
    <message>
        <source>Portpilot could not read the sign-in endpoints of %1 from %2: %3.</source>
        <extracomment>%1 is the issuer&apos;s name, %2 a web address, %3 what went wrong</extracomment>
        <translation>Portpilot gat ekki lesið innskráningarslóðir %1 frá %2: %3.</translation>
    </message>
</context>
<context>
    <name>Portpilot::JmapLogin</name>
    <message>
        <source>not an HTTPS address: the password was not sent</source>
        <translation>ekki HTTPS-slóð: lykilorðið var ekki sent</translation>
    </message>
    <message>
        <source>HTTP status %1: the server refused the user name and password</source>
        <extracomment>%1 is an HTTP status code (401 or 403)</extracomment>
        <translation>HTTP-staða %1: þjónninn hafnaði notandanafninu og lykilorðinu</translation>
    </message>
    <message>
        <source>the session resource is at another host (%1), which Portpilot does not send the password to</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>lotuauðlindin er á annarri vél (%1), sem Portpilot sendir lykilorðið ekki til</translation>
    </message>
    <message>
        <source>the answer is not JSON (Content-Type %1)</source>
        <extracomment>%1 is a media type such as text/html</extracomment>
        <translation>svarið er ekki JSON (Content-Type %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>engin</translation>
    </message>
    <message>
        <source>the answer is not a JMAP session object (no %1 capability)</source>
        <translation>svarið er ekki JMAP-lotuhlutur (engin %1-geta)</translation>
    </message>
    <message>
        <source>the session object lists no accounts for this user</source>
        <translation>lotuhluturinn telur enga reikninga fyrir þennan notanda</translation>
    </message>
    <message>
        <source>the session object has no username</source>
        <translation>lotuhluturinn hefur ekkert notandanafn (username)</translation>
    </message>
    <message>
        <source>the session object’s apiUrl is not an HTTPS address (“%1”)</source>
        <extracomment>%1 is the apiUrl as the server sent it</extracomment>
        <translation>apiUrl lotuhlutarins er ekki HTTPS-slóð („%1“)</translation>
    </message>
    <message>
        <source>the API at %1 is at another domain: it was not called with the password</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>forritaskilin á %1 eru á öðru léni: þau voru ekki kölluð með lykilorðinu</translation>
    </message>
    <message>
        <source>the session resource answered, but the API call at %1 failed: %2</source>
        <extracomment>%1 is a web address, %2 what went wrong</extracomment>
        <translation>lotuauðlindin svaraði, en kallið á forritaskilin á %1 mistókst: %2</translation>
    </message>
    <message>
        <source>the session resource answered, but the API at %1 did not answer the Core/echo call</source>
        <extracomment>%1 is a web address</extracomment>
        <translation>lotuauðlindin svaraði, en forritaskilin á %1 svöruðu ekki Core/echo-kallinu</translation>
    </message>
</context>
<context>
    <name>Portpilot::JmapLookup</name>
    <message>
        <source>a JMAP session object</source>
        <translation>JMAP-lotuhlutur</translation>
    </message>
    <message>
        <source>the answer is not a JMAP session object (no urn:ietf:params:jmap:core capability)</source>
        <translation>svarið er ekki JMAP-lotuhlutur (engin urn:ietf:params:jmap:core-geta)</translation>
    </message>
    <message>
        <source>HTTP status 401: it asks for a login, as a session resource does</source>
        <translation>HTTP-staða 401: hún biður um innskráningu, eins og lotuauðlind gerir</translation>
    </message>
</context>
<context>
    <name>Portpilot::LanguageButton</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Button that opens the list of interface languages</extracomment>
        <translation>T&amp;ungumál</translation>
    </message>
    <message>
        <source>Show Portpilot in another language</source>
        <translation>Sýna Portpilot á öðru tungumáli</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Tungumál viðmóts</translation>
    </message>
</context>
<context>
    <name>Portpilot::LanguageManager</name>
    <message>
        <source>There is no translation for the language “%1”. Available: %2.</source>
        <extracomment>%1 is what the person asked for, %2 the list of language codes</extracomment>
        <translation>Engin þýðing er til fyrir tungumálið „%1“. Í boði: %2.</translation>
    </message>
    <message>
        <source>The translation for “%1” could not be loaded.</source>
        <translation>Ekki tókst að hlaða þýðingunni fyrir „%1“.</translation>
    </message>
</context>
<context>
    <name>Portpilot::ManualSettingsPage</name>
    <message>
        <source>Server settings</source>
        <translation>Stillingar póstþjóna</translation>
    </message>
    <message>
        <source>Type the settings from your provider’s help pages. Everything you type is kept when you go back and forth.</source>
        <translation>Sláðu inn stillingarnar af hjálparsíðum þjónustuaðilans. Allt sem þú slærð inn helst þótt þú farir fram og til baka.</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Hvað vantar enn</translation>
    </message>
</context>
<context>
    <name>Portpilot::MigratePage</name>
    <message>
        <source>Copy your mail to the new IMAP account</source>
        <translation>Afritaðu póstinn þinn í nýja IMAP-aðganginn</translation>
    </message>
    <message>
        <source>Mail that was fetched with POP3 is only on this computer. Copied to the IMAP account, it is on the server and on every device.</source>
        <translation>Póstur sem var sóttur með POP3 er aðeins á þessari tölvu. Afritaður í IMAP-aðganginn er hann á netþjóninum og í öllum tækjum.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frá</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Skilaboð</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Stærð</translation>
    </message>
    <message>
        <source>Local folders to copy</source>
        <translation>Staðbundnar möppur til að afrita</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Bæta við möppu…</translation>
    </message>
    <message>
        <source>Choose another mail folder or mbox file on this computer</source>
        <translation>Veldu aðra póstmöppu eða mbox-skrá á þessari tölvu</translation>
    </message>
    <message>
        <source>Copy mail</source>
        <translation>Afrita póst</translation>
    </message>
    <message>
        <source>Cancel copying</source>
        <translation>Hætta við afritun</translation>
    </message>
    <message>
        <source>What was copied stays on the server</source>
        <translation>Það sem var afritað verður áfram á netþjóninum</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Framvinda afritunar</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Staða afritunar</translation>
    </message>
    <message>
        <source>Result of the copy</source>
        <translation>Niðurstaða afritunar</translation>
    </message>
    <message>
        <source>Removing the old account</source>
        <translation>Að fjarlægja gamla aðganginn</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>telur…</translation>
    </message>
    <message>
        <source>Choose a mail folder</source>
        <translation>Veldu póstmöppu</translation>
    </message>
    <message>
        <source>No mail there</source>
        <translation>Enginn póstur þar</translation>
    </message>
    <message>
        <source>Tick the folders to copy. Your local files are only read, never changed.</source>
        <translation>Hakaðu við möppurnar sem á að afrita. Staðbundnu skrárnar þínar eru aðeins lesnar, þeim er aldrei breytt.</translation>
    </message>
    <message>
        <source>%1 fetched this mail with POP3 on this computer. Tick the folders to copy; your local files are only read, never changed.</source>
        <translation>%1 sótti þennan póst með POP3 á þessa tölvu. Hakaðu við möppurnar sem á að afrita; staðbundnu skrárnar þínar eru aðeins lesnar, þeim er aldrei breytt.</translation>
    </message>
    <message>
        <source>Copy again</source>
        <translation>Afrita aftur</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Halda áfram</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Gera hlé</translation>
    </message>
    <message>
        <source>The copy could not start: %1</source>
        <translation>Afritunin gat ekki hafist: %1</translation>
    </message>
    <message>
        <source>Logging in and reading the folders…</source>
        <translation>Skráir inn og les möppurnar…</translation>
    </message>
</context>
<context>
    <name>Portpilot::MxSource</name>
    <message>
        <source>the domain has no MX record</source>
        <translation>lénið hefur enga MX-færslu</translation>
    </message>
    <message>
        <source>MX lookup failed: %1</source>
        <translation>MX-uppfletting mistókst: %1</translation>
    </message>
    <message>
        <source>the domain accepts no mail (null MX)</source>
        <translation>lénið tekur ekki við pósti (null MX)</translation>
    </message>
    <message>
        <source>the MX record names an invalid host</source>
        <translation>MX-færslan tilgreinir ógilda vél</translation>
    </message>
    <message>
        <source>the mail host %1 belongs to the domain itself</source>
        <translation>póstvélin %1 tilheyrir léninu sjálfu</translation>
    </message>
    <message>
        <source>mail host %1: %2</source>
        <extracomment>%1 is a host name, %2 a provider&apos;s name
----------
%1 is a host name, %2 what its provider&apos;s autoconfig or ISP database entry gave</extracomment>
        <translation>póstvél %1: %2</translation>
    </message>
</context>
<context>
    <name>Portpilot::OAuth2IssuerLookup</name>
    <message>
        <source>“%1” is not an https:// address or host name to ask</source>
        <extracomment>%1 is what the document names as the issuer</extracomment>
        <translation>„%1“ er hvorki https://-slóð né vélarheiti sem hægt er að spyrja</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 er ekki JSON-hlutur</translation>
    </message>
</context>
<context>
    <name>Portpilot::PasswordAdviceLabel</name>
    <message>
        <source>How to do this</source>
        <translation>Hvernig á að gera þetta</translation>
    </message>
    <message>
        <source>About your password</source>
        <translation>Um lykilorðið þitt</translation>
    </message>
</context>
<context>
    <name>Portpilot::PasswordSaver</name>
    <message>
        <source>The password was not saved; your mail program will ask for it.</source>
        <translation>Lykilorðið var ekki vistað; póstforritið þitt mun spyrja um það.</translation>
    </message>
    <message>
        <source>The password is stored in the system keychain (service “%1”).</source>
        <translation>Lykilorðið er geymt í lykilorðageymslu kerfisins (þjónusta „%1“).</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>Ekki tókst að geyma lykilorðið: %1</translation>
    </message>
</context>
<context>
    <name>Portpilot::PasswordStore</name>
    <message>
        <source>Done.</source>
        <translation>Lokið.</translation>
    </message>
    <message>
        <source>The keychain holds no password for this server.</source>
        <translation>Lykilorðageymslan hefur ekkert lykilorð fyrir þennan póstþjón.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password cannot be remembered. Portpilot never stores passwords in a plain file.</source>
        <extracomment>&quot;keychain&quot; = the desktop&apos;s password store (GNOME Keyring, KWallet, macOS Keychain…)</extracomment>
        <translation>Engin lykilorðageymsla er tiltæk í kerfinu, svo ekki er hægt að muna lykilorðið. Portpilot geymir lykilorð aldrei í venjulegri skrá.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password.</source>
        <translation>Lykilorðageymslan neitaði aðgangi að lykilorðinu.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Lykilorðageymslan tilkynnti villu.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <extracomment>%1 is the keychain&apos;s own error message, usually in English</extracomment>
        <translation>Lykilorðageymslan tilkynnti villu: %1</translation>
    </message>
</context>
<context>
    <name>Portpilot::ServerSettingsEditor</name>
    <message>
        <source>Incoming mail</source>
        <translation>Póstur inn</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Póstur út (SMTP)</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Samskipta&amp;máti:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Samskiptamáti:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Póstþjónn:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Pó&amp;stþjónn:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Ö&amp;ryggi:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Ör&amp;yggi:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Gátt:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Gá&amp;tt:</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>&amp;Innskráning með:</translation>
    </message>
    <message>
        <source>Lo&amp;g in with:</source>
        <translation>Innskráning m&amp;eð:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Notandanafn:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Notandan&amp;afn:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inn</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Út</translation>
    </message>
    <message>
        <source>%1 protocol</source>
        <extracomment>%1 is &quot;Incoming&quot; or &quot;Outgoing&quot;</extracomment>
        <translation>%1: samskiptamáti</translation>
    </message>
    <message>
        <source>IMAP keeps mail on the server; POP3 downloads it to this device</source>
        <translation>IMAP geymir póstinn á póstþjóninum; POP3 sækir hann á þetta tæki</translation>
    </message>
    <message>
        <source>%1 server name</source>
        <translation>%1: heiti póstþjóns</translation>
    </message>
    <message>
        <source>The server’s host name, for example imap.example.com</source>
        <translation>Vélarheiti póstþjónsins, til dæmis imap.example.com</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation>%1: gátt</translation>
    </message>
    <message>
        <source>Changes to the standard port when you change the security</source>
        <translation>Breytist í staðlaða gátt þegar þú breytir örygginu</translation>
    </message>
    <message>
        <source>%1 security</source>
        <translation>%1: öryggi</translation>
    </message>
    <message>
        <source>How the connection is encrypted</source>
        <translation>Hvernig tengingin er dulrituð</translation>
    </message>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (dulritað frá upphafi)</translation>
    </message>
    <message>
        <source>STARTTLS (switches to encryption)</source>
        <translation>STARTTLS (skiptir yfir í dulritun)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Ekkert (ekki dulritað)</translation>
    </message>
    <message>
        <source>%1 login method</source>
        <translation>%1: innskráningaraðferð</translation>
    </message>
    <message>
        <source>How Portpilot proves who you are to the server</source>
        <translation>Hvernig Portpilot sannar fyrir póstþjóninum hver þú ert</translation>
    </message>
    <message>
        <source>%1 user name</source>
        <translation>%1: notandanafn</translation>
    </message>
    <message>
        <source>Leave empty to use your email address</source>
        <translation>Skildu eftir autt til að nota tölvupóstfangið þitt</translation>
    </message>
    <message>
        <source>your email address</source>
        <translation>tölvupóstfangið þitt</translation>
    </message>
    <message>
        <source>%1 settings problems</source>
        <translation>%1: vandamál í stillingum</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lykilorð</translation>
    </message>
    <message>
        <source>Encrypted password (CRAM-MD5, SCRAM)</source>
        <translation>Dulritað lykilorð (CRAM-MD5, SCRAM)</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Engin innskráning</translation>
    </message>
    <message>
        <source>Send my password to “%1” without encryption anyway</source>
        <extracomment>%1 is a server&apos;s host name</extracomment>
        <translation>Senda samt lykilorðið mitt til %1 án dulritunar</translation>
    </message>
    <message>
        <source>Anyone on the network between you and the server could read the password</source>
        <translation>Hver sem er á netinu milli þín og póstþjónsins gæti lesið lykilorðið</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Samþykkja %1</translation>
    </message>
    <message>
        <source>The server was found through DNS or by guessing, which anyone on the network could fake</source>
        <translation>Póstþjónninn fannst um DNS eða með ágiskun, sem hver sem er á netinu gæti falsað</translation>
    </message>
    <message>
        <source>Sign-in page of the provider (OAuth2)</source>
        <translation>Innskráningarsíða þjónustuveitunnar (OAuth2)</translation>
    </message>
    <message>
        <source>This server was found without proof that it belongs to your provider.</source>
        <extracomment>%1 is an internet domain such as example.com</extracomment>
        <translation>Þessi póstþjónn fannst án sönnunar á að hann tilheyri þjónustuveitunni þinni.</translation>
    </message>
    <message>
        <source>Why approval is needed</source>
        <translation>Hvers vegna samþykkis er þörf</translation>
    </message>
    <message>
        <source>I trust “%1” to handle my mail</source>
        <translation>Ég treysti „%1“ fyrir póstinum mínum</translation>
    </message>
</context>
<context>
    <name>Portpilot::SetupController</name>
    <message>
        <source>Type your email address first.</source>
        <translation>Sláðu fyrst inn tölvupóstfangið þitt.</translation>
    </message>
    <message>
        <source>The incoming server’s settings are not complete.</source>
        <translation>Stillingar póstþjóns inn eru ekki fullgerðar.</translation>
    </message>
    <message>
        <source>The outgoing server’s settings are not complete.</source>
        <translation>Stillingar póstþjóns út eru ekki fullgerðar.</translation>
    </message>
    <message>
        <source>Confirm that your password may go to “%1” without encryption, or choose encryption.</source>
        <translation>Staðfestu að lykilorðið þitt megi fara til „%1“ án dulritunar, eða veldu dulritun.</translation>
    </message>
    <message>
        <source>There is no refused certificate to accept.</source>
        <translation>Ekkert hafnað skilríki er til að samþykkja.</translation>
    </message>
    <message>
        <source>Mail can be copied once the test of an IMAP server has passed.</source>
        <translation>Hægt er að afrita póst þegar prófun IMAP-netþjóns hefur tekist.</translation>
    </message>
    <message>
        <source>Type the domain to check, e.g. example.org.</source>
        <translation>Sláðu inn lénið sem á að athuga, t.d. daemi.is.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name. Type only the part after the @, e.g. example.org.</source>
        <translation>„%1“ er ekki lén. Sláðu aðeins inn hlutann á eftir @, t.d. daemi.is.</translation>
    </message>
    <message>
        <source>this check has no OAuth2 sign-in; “Sign in with the browser” on the Check page signs in and logs in to this server too</source>
        <translation>þessi athugun hefur enga OAuth2-innskráningu; „Skrá inn í vafranum“ á athugunarsíðunni skráir inn og skráir líka inn á þennan þjón</translation>
    </message>
    <message>
        <source>Check %1 first: a sign-in is offered when its autoconfig document names OAuth2 servers.</source>
        <extracomment>%1 is a domain name</extracomment>
        <translation>Athugaðu %1 fyrst: innskráning er í boði þegar autoconfig-skjal þess nefnir OAuth2-þjóna.</translation>
    </message>
</context>
<context>
    <name>Portpilot::SetupMigration</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a program such as Thunderbird, %2 its account&apos;s name</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” holds no mail folders.</source>
        <translation>„%1“ inniheldur engar póstmöppur.</translation>
    </message>
</context>
<context>
    <name>Portpilot::SetupSignIn</name>
    <message>
        <source>none of the account’s servers signs in with OAuth2; it uses passwords (portpilot test).</source>
        <translation>enginn af póstþjónum reikningsins skráir inn með OAuth2; hann notar lykilorð (portpilot test).</translation>
    </message>
    <message>
        <source>Portpilot knows no OAuth2 issuer for %1: the settings have no &lt;oAuth2&gt; element and no registration names these servers. Add one to %2 (docs/oauth2.md).</source>
        <extracomment>%1 is a list of server names, %2 a file</extracomment>
        <translation>Portpilot þekkir engan OAuth2-útgefanda fyrir %1: stillingarnar hafa enga &lt;oAuth2&gt;-einingu og engin skráning nefnir þessa póstþjóna. Bættu einni við í %2 (docs/oauth2.md).</translation>
    </message>
    <message>
        <source>your provider</source>
        <translation>þjónustuaðilann þinn</translation>
    </message>
    <message>
        <source>Signing in with %1…</source>
        <extracomment>%1 is the issuer, such as Microsoft</extracomment>
        <translation>Skráir inn hjá %1…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in with %1 in your browser…</source>
        <extracomment>%1 is the issuer, such as Microsoft</extracomment>
        <translation>Bíður eftir innskráningunni hjá %1 í vafranum þínum…</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Innskráð hjá %1.</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <extracomment>%1 is the issuer, such as Microsoft</extracomment>
        <translation>Skráðu þig fyrst inn hjá %1.</translation>
    </message>
</context>
<context>
    <name>Portpilot::SetupWizard</name>
    <message>
        <source>Set up an email account</source>
        <translation>Setja upp póstreikning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
</context>
<context>
    <name>Portpilot::SrvSource</name>
    <message>
        <source>services marked as not offered: %1</source>
        <extracomment>%1 is a list of DNS service names</extracomment>
        <translation>þjónustur merktar sem ekki í boði: %1</translation>
    </message>
    <message>
        <source>no SRV records</source>
        <translation>engar SRV-færslur</translation>
    </message>
</context>
<context>
    <name>Portpilot::TestPage</name>
    <message>
        <source>Both servers work. Continue to save your settings.</source>
        <translation>Báðir póstþjónarnir virka. Haltu áfram til að vista stillingarnar.</translation>
    </message>
    <message>
        <source>The test failed. Read what went wrong above, correct the password here or go back to the settings, then try again.</source>
        <translation>Prófið mistókst. Lestu hvað fór úrskeiðis hér að ofan, leiðréttu lykilorðið hér eða farðu aftur í stillingarnar, og reyndu svo aftur.</translation>
    </message>
    <message>
        <source>Testing your account</source>
        <translation>Reikningurinn prófaður</translation>
    </message>
    <message>
        <source>Portpilot logs in to both servers the way your mail program will, and logs out again.</source>
        <translation>Portpilot skráir sig inn á báða póstþjónana eins og póstforritið þitt mun gera, og skráir sig svo út aftur.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Póstur inn</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>Póstur út</translation>
    </message>
    <message>
        <source>Incoming server test</source>
        <translation>Prófun póstþjóns inn</translation>
    </message>
    <message>
        <source>Outgoing server test</source>
        <translation>Prófun póstþjóns út</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Nánar…</translation>
    </message>
    <message>
        <source>D&amp;etails…</source>
        <translation>Nána&amp;r…</translation>
    </message>
    <message>
        <source>Shows the technical detail and the conversation with the server, with your password hidden</source>
        <translation>Sýnir tæknilegar upplýsingar og samskiptin við póstþjóninn, með lykilorðið falið</translation>
    </message>
    <message>
        <source>&amp;Check certificate…</source>
        <translation>&amp;Athuga skilríki…</translation>
    </message>
    <message>
        <source>C&amp;heck certificate…</source>
        <translation>Athuga s&amp;kilríki…</translation>
    </message>
    <message>
        <source>Shows the certificate the server sent, to trust it</source>
        <translation>Sýnir skilríkið sem póstþjónninn sendi, svo hægt sé að treysta því</translation>
    </message>
    <message>
        <source>Incoming test result</source>
        <translation>Niðurstaða prófunar inn</translation>
    </message>
    <message>
        <source>Outgoing test result</source>
        <translation>Niðurstaða prófunar út</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lykilorð:</translation>
    </message>
    <message>
        <source>Password for another try</source>
        <translation>Lykilorð fyrir aðra tilraun</translation>
    </message>
    <message>
        <source>Type the correct password here and test again</source>
        <translation>Sláðu inn rétta lykilorðið hér og prófaðu aftur</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>óbreytt</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Prófa aftur</translation>
    </message>
    <message>
        <source>Runs the test again with the password above</source>
        <translation>Keyrir prófið aftur með lykilorðinu hér að ofan</translation>
    </message>
    <message>
        <source>Test summary</source>
        <translation>Samantekt prófunar</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prófa…</translation>
    </message>
    <message>
        <source>Works, encrypted (%1).</source>
        <translation>Virkar, dulritað (%1).</translation>
    </message>
    <message>
        <source>Works, but not encrypted.</source>
        <translation>Virkar, en ekki dulritað.</translation>
    </message>
    <message>
        <source>%1 on %2, port %3</source>
        <extracomment>%1 protocol, %2 host, %3 port</extracomment>
        <translation>%1 á %2, gátt %3</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Tengjast</translation>
    </message>
    <message>
        <source>Secure the connection</source>
        <translation>Tryggja tenginguna</translation>
    </message>
    <message>
        <source>Ask what the server supports</source>
        <translation>Spyrja hvað póstþjónninn styður</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Skrá inn</translation>
    </message>
    <message>
        <source>○ %1</source>
        <extracomment>A step not started yet; %1 is the step</extracomment>
        <translation>○ %1</translation>
    </message>
    <message>
        <source>… %1</source>
        <translation>… %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>– %1 (not used)</source>
        <extracomment>A step that did not apply (no encryption chosen)</extracomment>
        <translation>– %1 (ekki notað)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>bíður</translation>
    </message>
    <message>
        <source>running</source>
        <translation>í gangi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>lokið</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mistókst</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>ekki notað</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a step, %2 its state</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test details</source>
        <translation>Nánar um prófið</translation>
    </message>
    <message>
        <source>The test passed.</source>
        <translation>Prófið tókst.</translation>
    </message>
    <message>
        <source>Certificate not accepted</source>
        <translation>Skilríki ekki samþykkt</translation>
    </message>
    <message>
        <source>&amp;Stop trusting</source>
        <translation>Hætta að &amp;treysta</translation>
    </message>
    <message>
        <source>St&amp;op trusting</source>
        <translation>Hætta að tre&amp;ysta</translation>
    </message>
    <message>
        <source>Forgets the certificate you accepted for this server, and tests again</source>
        <translation>Gleymir skilríkinu sem þú samþykktir fyrir þennan póstþjón og prófar aftur</translation>
    </message>
    <message>
        <source>Works, encrypted (%1), with a certificate you accepted yourself.</source>
        <extracomment>%1 is the TLS version. The certificate is not vouched for by a certificate authority.</extracomment>
        <translation>Virkar, dulritað (%1), með skilríki sem þú samþykktir handvirkt.</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Staða innskráningar</translation>
    </message>
    <message>
        <source>Opens your provider’s sign-in page in your browser; Portpilot never sees your password</source>
        <translation>Opnar innskráningarsíðu þjónustuaðilans í vafranum þínum; Portpilot sér aldrei lykilorðið þitt</translation>
    </message>
    <message>
        <source>C&amp;ancel sign-in</source>
        <translation>&amp;Hætta við innskráningu</translation>
    </message>
    <message>
        <source>Stops waiting for the sign-in in your browser</source>
        <translation>Hættir að bíða eftir innskráningunni í vafranum þínum</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <extracomment>%1 is the issuer, such as Microsoft or Google</extracomment>
        <translation>Skrá inn hjá %1</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1…</source>
        <extracomment>%1 is the issuer, such as Microsoft or Google</extracomment>
        <translation>&amp;Skrá inn hjá %1…</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Skrá inn aftur…</translation>
    </message>
    <message>
        <source>Your provider signs you in on its own page: %1 opens in your browser, and the test runs once you have signed in there.</source>
        <extracomment>%1 is the issuer, such as Microsoft or Google</extracomment>
        <translation>Þjónustuaðilinn skráir þig inn á eigin síðu: %1 opnast í vafranum þínum og prófunin hefst þegar þú hefur skráð þig inn þar.</translation>
    </message>
    <message>
        <source>Copy mail from a folder on this computer…</source>
        <translation>Afrita póst úr möppu á þessari tölvu…</translation>
    </message>
    <message>
        <source>Choose a mail folder, such as an old program&apos;s POP3 mail, to copy to the new IMAP account</source>
        <translation>Veldu póstmöppu, til dæmis POP3-póst úr eldra forriti, til að afrita í nýja IMAP-aðganginn</translation>
    </message>
    <message>
        <source>Both servers work. Next you can copy the mail on this computer to the new account.</source>
        <translation>Báðir netþjónar virka. Næst geturðu afritað póstinn á þessari tölvu í nýja aðganginn.</translation>
    </message>
    <message>
        <source>Choose a mail folder to copy</source>
        <translation>Veldu póstmöppu til að afrita</translation>
    </message>
    <message>
        <source>No mail there</source>
        <translation>Enginn póstur þar</translation>
    </message>
</context>
<context>
    <name>ProbeFailure</name>
    <message>
        <source>The connection test passed.</source>
        <translation>Tengingarprófið tókst.</translation>
    </message>
    <message>
        <source>The server name was not found. Check the spelling of the server name.</source>
        <translation>Heiti póstþjónsins fannst ekki. Athugaðu stafsetningu þess.</translation>
    </message>
    <message>
        <source>The server refused the connection. The port may be wrong, or the service is not running.</source>
        <translation>Póstþjónninn hafnaði tengingunni. Gáttin gæti verið röng, eða þjónustan er ekki í gangi.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Póstþjónninn svaraði ekki í tæka tíð.</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Póstþjónninn lokaði tengingunni óvænt.</translation>
    </message>
    <message>
        <source>The network connection to the server failed.</source>
        <translation>Nettengingin við póstþjóninn mistókst.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up. The server may only offer outdated encryption.</source>
        <translation>Ekki tókst að koma á öruggri tengingu. Póstþjónninn býður ef til vill aðeins úrelta dulritun.</translation>
    </message>
    <message>
        <source>The server’s certificate is not trusted. Look at the certificate before you decide anything.</source>
        <translation>Skilríki póstþjónsins er ekki treyst. Skoðaðu skilríkið áður en þú ákveður nokkuð.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS), so the password was not sent.</source>
        <extracomment>STARTTLS is the name of a protocol command; keep it untranslated.</extracomment>
        <translation>Póstþjónninn býður ekki dulritun (STARTTLS), svo lykilorðið var ekki sent.</translation>
    </message>
    <message>
        <source>The server refused to switch to an encrypted connection, so the password was not sent.</source>
        <translation>Póstþjónninn neitaði að skipta yfir í dulritaða tengingu, svo lykilorðið var ekki sent.</translation>
    </message>
    <message>
        <source>Someone may be tampering with the connection: the server sent unexpected data before encryption started. The password was not sent.</source>
        <translation>Einhver gæti verið að eiga við tenginguna: póstþjónninn sendi óvænt gögn áður en dulritun hófst. Lykilorðið var ekki sent.</translation>
    </message>
    <message>
        <source>The server logged in without a password on an unencrypted connection. The test was stopped.</source>
        <translation>Póstþjónninn skráði inn án lykilorðs á ódulritaðri tengingu. Prófið var stöðvað.</translation>
    </message>
    <message>
        <source>The server does not accept connections at the moment.</source>
        <translation>Póstþjónninn tekur ekki við tengingum í augnablikinu.</translation>
    </message>
    <message>
        <source>The server sent far more data than expected. The test was stopped.</source>
        <translation>Póstþjónninn sendi miklu meiri gögn en búist var við. Prófið var stöðvað.</translation>
    </message>
    <message>
        <source>The server answered in a way Portpilot does not understand.</source>
        <translation>Póstþjónninn svaraði á þann hátt sem Portpilot skilur ekki.</translation>
    </message>
    <message>
        <source>This server does not use encryption. The password was not sent, because you have not allowed sending it unencrypted to this server.</source>
        <translation>Þessi póstþjónn notar ekki dulritun. Lykilorðið var ekki sent, því þú hefur ekki leyft að það sé sent ódulritað til þessa póstþjóns.</translation>
    </message>
    <message>
        <source>The server does not offer a login method Portpilot can use with these settings.</source>
        <translation>Póstþjónninn býður enga innskráningaraðferð sem Portpilot getur notað með þessum stillingum.</translation>
    </message>
    <message>
        <source>The user name or the password was not accepted.</source>
        <translation>Notandanafnið eða lykilorðið var ekki samþykkt.</translation>
    </message>
    <message>
        <source>The provider requires an app password for mail programs. Create one in your account’s security settings and use it instead of your normal password.</source>
        <translation>Þjónustuaðilinn krefst forritalykilorðs fyrir póstforrit. Búðu það til í öryggisstillingum reikningsins og notaðu það í stað venjulega lykilorðsins.</translation>
    </message>
    <message>
        <source>The server accepts this login only over an encrypted connection.</source>
        <translation>Póstþjónninn samþykkir þessa innskráningu aðeins um dulritaða tengingu.</translation>
    </message>
    <message>
        <source>The server could not check the login right now. Try again later.</source>
        <translation>Póstþjónninn gat ekki athugað innskráninguna núna. Reyndu aftur síðar.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Hætt var við prófið.</translation>
    </message>
    <message>
        <source>This account signs in with the provider’s own page, and there is no valid sign-in yet. Sign in first.</source>
        <translation>Þessi reikningur skráir sig inn á síðu þjónustuveitunnar sjálfrar og engin gild innskráning er til enn. Skráðu þig inn fyrst.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in: it has expired or was revoked. Sign in again.</source>
        <translation>Þjónninn tók ekki við innskráningunni: hún er útrunnin eða var afturkölluð. Skráðu þig inn aftur.</translation>
    </message>
    <message>
        <source>The sign-in does not allow access to mail. Sign in again and allow Portpilot to use your mail.</source>
        <translation>Innskráningin veitir ekki aðgang að pósti. Skráðu þig inn aftur og leyfðu Portpilot að nota póstinn þinn.</translation>
    </message>
    <message>
        <source>This server does not use encryption, so the sign-in was not sent. Portpilot never sends a sign-in over an unencrypted connection.</source>
        <translation>Þessi þjónn notar ekki dulritun, svo innskráningin var ekki send. Portpilot sendir aldrei innskráningu yfir ódulritaða tengingu.</translation>
    </message>
    <message>
        <source>The provider has turned off this kind of login for your mailbox (IMAP, POP or SMTP sign-in from mail programs). Turn it on in your account’s mail settings; in an organisation, an administrator turns it on for the mailbox (in Microsoft 365: the mailbox’s “Email apps” settings).</source>
        <translation>Þjónustuveitan hefur slökkt á þessari tegund innskráningar fyrir pósthólfið þitt (IMAP-, POP- eða SMTP-innskráningu úr póstforritum). Kveiktu á henni í póststillingum reikningsins; hjá fyrirtæki eða stofnun kveikir kerfisstjóri á henni fyrir pósthólfið (í Microsoft 365: stillingin „Email apps“ fyrir pósthólfið).</translation>
    </message>
</context>
<context>
    <name>ProviderAdvice</name>
    <message>
        <source>%1 refuses your normal password in mail programs. Create an app password in your account’s security settings and type it as the password here.</source>
        <extracomment>%1 is a provider such as &quot;Google Mail (Gmail)&quot;</extracomment>
        <translation>%1 hafnar venjulegu lykilorði þínu í póstforritum. Búðu til forritalykilorð í öryggisstillingum reikningsins og sláðu það inn hér sem lykilorð.</translation>
    </message>
    <message>
        <source>%1 only allows mail programs that sign in through the provider’s own login page (OAuth2). Portpilot opens that page in your browser when it tests the account; no password is needed.</source>
        <translation>%1 leyfir aðeins póstforrit sem skrá sig inn um eigin innskráningarsíðu þjónustuaðilans (OAuth2). Portpilot opnar þá síðu í vafranum þínum þegar reikningurinn er prófaður; ekkert lykilorð þarf.</translation>
    </message>
</context>
<context>
    <name>ProviderDatabase</name>
    <message>
        <source>%1: unknown field “%2”</source>
        <translation>%1: óþekktur reitur „%2“</translation>
    </message>
    <message>
        <source>provider “%1”: “%2” must be an https:// address</source>
        <translation>þjónustuaðili „%1“: „%2“ verður að vera https://-slóð</translation>
    </message>
    <message>
        <source>provider “%1”: “%2” must be a list</source>
        <translation>þjónustuaðili „%1“: „%2“ verður að vera listi</translation>
    </message>
    <message>
        <source>provider “%1”: “%2” holds an invalid domain “%3”</source>
        <translation>þjónustuaðili „%1“: „%2“ inniheldur ógilt lén „%3“</translation>
    </message>
    <message>
        <source>%1: “auth” must be a non-empty list</source>
        <translation>%1: „auth“ verður að vera listi sem er ekki tómur</translation>
    </message>
    <message>
        <source>%1: unknown authentication method “%2”</source>
        <translation>%1: óþekkt auðkenningaraðferð „%2“</translation>
    </message>
    <message>
        <source>provider “%1”, server %2</source>
        <extracomment>%1 is a provider id, %2 the number of a server in its list</extracomment>
        <translation>þjónustuaðili „%1“, póstþjónn %2</translation>
    </message>
    <message>
        <source>%1: “protocol” must be imap, pop3 or smtp</source>
        <translation>%1: „protocol“ verður að vera imap, pop3 eða smtp</translation>
    </message>
    <message>
        <source>%1: invalid host name “%2”</source>
        <translation>%1: ógilt vélarheiti „%2“</translation>
    </message>
    <message>
        <source>%1: “port” must be a number from 1 to 65535</source>
        <translation>%1: „port“ verður að vera tala frá 1 til 65535</translation>
    </message>
    <message>
        <source>%1: “security” must be ssl or starttls</source>
        <translation>%1: „security“ verður að vera ssl eða starttls</translation>
    </message>
    <message>
        <source>%1: no authentication method</source>
        <translation>%1: engin auðkenningaraðferð</translation>
    </message>
    <message>
        <source>a provider has no “id”</source>
        <translation>þjónustuaðila vantar „id“</translation>
    </message>
    <message>
        <source>provider “%1”</source>
        <translation>þjónustuaðili „%1“</translation>
    </message>
    <message>
        <source>provider “%1”: “name” is missing</source>
        <translation>þjónustuaðili „%1“: „name“ vantar</translation>
    </message>
    <message>
        <source>provider “%1”: needs “domains” or “mx”</source>
        <translation>þjónustuaðili „%1“: þarf „domains“ eða „mx“</translation>
    </message>
    <message>
        <source>provider “%1”: needs at least one incoming and one outgoing server</source>
        <translation>þjónustuaðili „%1“: þarf að minnsta kosti einn póstþjón inn og einn út</translation>
    </message>
    <message>
        <source>provider “%1”: “password” must be normal, app-password or oauth2-only</source>
        <translation>þjónustuaðili „%1“: „password“ verður að vera normal, app-password eða oauth2-only</translation>
    </message>
    <message>
        <source>provider “%1”: a provider that refuses the normal password needs “passwordHelp”</source>
        <translation>þjónustuaðili „%1“: þjónustuaðili sem hafnar venjulegu lykilorði þarf „passwordHelp“</translation>
    </message>
    <message>
        <source>provider “%1”: “enable.text” needs an English (“en”) text</source>
        <translation>þjónustuaðili „%1“: „enable.text“ þarf enskan texta („en“)</translation>
    </message>
    <message>
        <source>provider “%1”: “enable.text” must map languages to texts</source>
        <translation>þjónustuaðili „%1“: „enable.text“ verður að para tungumál við texta</translation>
    </message>
    <message>
        <source>the provider database is larger than %1 bytes</source>
        <translation>þjónustuaðilagrunnurinn er stærri en %1 bæti</translation>
    </message>
    <message>
        <source>the provider database is not valid JSON: %1 (at byte %2)</source>
        <translation>þjónustuaðilagrunnurinn er ekki gilt JSON: %1 (við bæti %2)</translation>
    </message>
    <message>
        <source>not a Portpilot provider database (“format” is missing or wrong)</source>
        <translation>ekki þjónustuaðilagrunnur Portpilot („format“ vantar eða er rangt)</translation>
    </message>
    <message>
        <source>unsupported provider database version %1</source>
        <translation>útgáfa %1 af þjónustuaðilagrunni er ekki studd</translation>
    </message>
    <message>
        <source>every entry in “providers” must be an object</source>
        <translation>hver færsla í „providers“ verður að vera hlutur (object)</translation>
    </message>
    <message>
        <source>provider id “%1” appears twice</source>
        <translation>auðkenni þjónustuaðila „%1“ kemur tvisvar fyrir</translation>
    </message>
    <message>
        <source>domain “%1” belongs to two providers</source>
        <translation>lénið „%1“ tilheyrir tveimur þjónustuaðilum</translation>
    </message>
    <message>
        <source>the provider database lists no providers</source>
        <translation>þjónustuaðilagrunnurinn telur enga þjónustuaðila</translation>
    </message>
    <message>
        <source>the bundled provider database is missing: %1</source>
        <translation>innbyggða þjónustuaðilagrunninn vantar: %1</translation>
    </message>
</context>
<context>
    <name>QrCodeExporter</name>
    <message>
        <source>QR code (PNG) for Thunderbird for Android&apos;s account import</source>
        <translation>QR-kóði (PNG) fyrir innflutning reikninga í Thunderbird fyrir Android</translation>
    </message>
    <message>
        <source>QR code (SVG) for Thunderbird for Android&apos;s account import</source>
        <translation>QR-kóði (SVG) fyrir innflutning reikninga í Thunderbird fyrir Android</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s QR format allows only ASCII addresses.</source>
        <translation>QR-snið Thunderbird leyfir aðeins ASCII-netföng.</translation>
    </message>
    <message numerus="yes">
        <source>The account does not fit into a QR code (%n bytes).</source>
        <translation>
            <numerusform>Reikningurinn kemst ekki fyrir í QR-kóða (%n bæti).</numerusform>
            <numerusform>Reikningurinn kemst ekki fyrir í QR-kóða (%n bæti).</numerusform>
        </translation>
    </message>
    <message>
        <source>Thunderbird&apos;s QR format cannot say whether to leave messages on the POP3 server.</source>
        <translation>QR-snið Thunderbird getur ekki sagt til um hvort skilja eigi póst eftir á POP3-þjóninum.</translation>
    </message>
</context>
<context>
    <name>ReadProblem</name>
    <message>
        <source>“%1” does not exist.</source>
        <extracomment>%1 is a file or folder name</extracomment>
        <translation>„%1“ er ekki til.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <extracomment>%1 is a file or folder name, %2 the system&apos;s reason (e.g. &quot;Permission denied&quot;)</extracomment>
        <translation>Ekki er hægt að lesa „%1“: %2</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>Lestur „%1“ mistókst: %2</translation>
    </message>
    <message>
        <source>“%1” is not a mail folder file (mbox): it does not start with a “From ” line. It was passed over.</source>
        <translation>„%1“ er ekki póstmöppuskrá (mbox): hún byrjar ekki á „From “-línu. Henni var sleppt.</translation>
    </message>
    <message>
        <source>“%1” holds no mail folders (neither mbox files nor a Maildir). It was passed over.</source>
        <translation>Í „%1“ eru engar póstmöppur (hvorki mbox-skrár né Maildir). Henni var sleppt.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link back to a folder that was already read. It was passed over.</source>
        <translation>„%1“ er tákntengill aftur í möppu sem þegar var lesin. Honum var sleppt.</translation>
    </message>
    <message>
        <source>A message of %2 in “%1” is larger than any mail server accepts. It was not copied.</source>
        <extracomment>%1 is a file name, %2 a size such as &quot;300 MB&quot;</extracomment>
        <translation>Skilaboð upp á %2 í „%1“ eru stærri en nokkur póstþjónn tekur við. Þau voru ekki afrituð.</translation>
    </message>
</context>
<context>
    <name>ServerSettingsValidator</name>
    <message>
        <source>Type the server’s name, for example “imap.example.com”.</source>
        <translation>Sláðu inn heiti póstþjónsins, til dæmis „imap.example.com“.</translation>
    </message>
    <message>
        <source>This looks like an email address. Type the server’s name, for example “imap.example.com”.</source>
        <translation>Þetta lítur út eins og tölvupóstfang. Sláðu inn heiti póstþjónsins, til dæmis „imap.example.com“.</translation>
    </message>
    <message>
        <source>Type only the server’s name, without “://” or a path.</source>
        <translation>Sláðu aðeins inn heiti póstþjónsins, án „://“ eða slóðar.</translation>
    </message>
    <message>
        <source>Type the port in the port field, not after the server’s name.</source>
        <translation>Sláðu gáttina inn í gáttarreitinn, ekki á eftir heiti póstþjónsins.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name.</source>
        <extracomment>%1 is what the person typed as a server name</extracomment>
        <translation>„%1“ er ekki gilt heiti póstþjóns.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Gáttin er tala frá 1 til 65535.</translation>
    </message>
    <message>
        <source>Choose how to log in.</source>
        <translation>Veldu hvernig á að skrá inn.</translation>
    </message>
    <message>
        <source>This way of logging in only exists for outgoing servers.</source>
        <translation>Þessi innskráningarmáti er aðeins til fyrir póstþjóna út.</translation>
    </message>
    <message>
        <source>The user name cannot contain a line break.</source>
        <translation>Notandanafnið má ekki innihalda línuskil.</translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail travel readable by anyone on the network. Portpilot asks before it sends the password this way.</source>
        <translation>Án dulritunar ferðast lykilorðið og pósturinn læsileg hverjum sem er á netinu. Portpilot spyr áður en það sendir lykilorðið á þennan hátt.</translation>
    </message>
    <message>
        <source>Without encryption, your mail travels readable by anyone on the network.</source>
        <translation>Án dulritunar ferðast pósturinn læsilegur hverjum sem er á netinu.</translation>
    </message>
    <message>
        <source>Port %1 is usually used with %2. Check that this is what your provider says.</source>
        <extracomment>%1 is a port number, %2 the name of a kind of security (&quot;SSL/TLS&quot; or &quot;STARTTLS&quot;)</extracomment>
        <translation>Gátt %1 er yfirleitt notuð með %2. Gakktu úr skugga um að þetta sé það sem þjónustuaðilinn segir.</translation>
    </message>
    <message>
        <source>Port 25 is meant for mail between servers; many networks block it for mail programs. Port 587 or 465 usually works better.</source>
        <translation>Gátt 25 er ætluð fyrir póst milli póstþjóna; mörg net loka á hana fyrir póstforrit. Gátt 587 eða 465 virkar yfirleitt betur.</translation>
    </message>
    <message>
        <source>Signing in with OAuth2 needs an encrypted connection: choose SSL/TLS or STARTTLS.</source>
        <translation>Innskráning með OAuth2 krefst dulritaðrar tengingar: veldu SSL/TLS eða STARTTLS.</translation>
    </message>
</context>
<context>
    <name>SignInBrowser</name>
    <message>
        <source>Portpilot could not open your browser. Open this address in a browser on this computer to sign in:
%1</source>
        <extracomment>%1 is the address of the sign-in page</extracomment>
        <translation>Portpilot gat ekki opnað vafrann þinn. Opnaðu þessa slóð í vafra á þessari tölvu til að skrá þig inn:
%1</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>Log in to the servers of an autoconfig file and report what works</source>
        <translation>Skrá inn á póstþjóna autoconfig-skrár og segja frá því hvað virkar</translation>
    </message>
    <message>
        <source>The autoconfig (clientConfig 1.1) file with the servers to test.</source>
        <translation>Autoconfig-skráin (clientConfig 1.1) með póstþjónunum sem á að prófa.</translation>
    </message>
    <message>
        <source>The email address: fills placeholders and finds the password.</source>
        <translation>Tölvupóstfangið: fyllir út staðgengla og finnur lykilorðið.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the keychain.</source>
        <translation>Lesa lykilorðið úr fyrstu línu staðalinntaks í stað lykilorðageymslunnar.</translation>
    </message>
    <message>
        <source>Allow sending the password unencrypted to this server (host:port). May be repeated.</source>
        <translation>Leyfa að lykilorðið sé sent ódulritað til þessa póstþjóns (vél:gátt). Má endurtaka.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>vél:gátt</translation>
    </message>
    <message>
        <source>no password: give --address to find it in the keychain, or use --password-stdin</source>
        <translation>ekkert lykilorð: gefðu upp --address til að finna það í lykilorðageymslunni, eða notaðu --password-stdin</translation>
    </message>
    <message>
        <source>no password in the keychain for “%1”; save it in the wizard or use --password-stdin</source>
        <translation>ekkert lykilorð í lykilorðageymslunni fyrir „%1“; vistaðu það í uppsetningunni eða notaðu --password-stdin</translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>ekki tókst að lesa lykilorðageymsluna: %1</translation>
    </message>
    <message>
        <source>FAILED  %1: %2
</source>
        <extracomment>%1 is a server such as &quot;imap.example.test:993 (imap, SSL)&quot;, %2 the reason.</extracomment>
        <translation>MISTÓKST %1: %2
</translation>
    </message>
    <message>
        <source>%1, accepted certificate</source>
        <translation>%1, samþykkt skilríki</translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation>EKKI dulritað</translation>
    </message>
    <message>
        <source>OK      %1: logged in as “%2” with %3 (%4)
</source>
        <extracomment>%1 server, %2 user name, %3 login method such as PLAIN, %4 encryption such as &quot;TLS 1.3&quot;.</extracomment>
        <translation>Í LAGI   %1: skráð inn sem „%2“ með %3 (%4)
</translation>
    </message>
    <message>
        <source>OK      %1: answered, no login needed (%2)
</source>
        <extracomment>%1 server, %2 encryption such as &quot;TLS 1.3&quot;. Outgoing servers without login.</extracomment>
        <translation>Í LAGI   %1: svaraði, engin innskráning þörf (%2)
</translation>
    </message>
    <message>
        <source>        detail: %1
</source>
        <extracomment>The technical detail of a failure, e.g. the server&apos;s reply.</extracomment>
        <translation>         nánar: %1
</translation>
    </message>
    <message>
        <source>        This certificate cannot be accepted: it is not for this server name, or it is broken.
</source>
        <translation>         Ekki er hægt að samþykkja þetta skilríki: það er ekki fyrir þetta heiti póstþjóns, eða það er gallað.
</translation>
    </message>
    <message>
        <source>Log in to servers that wait for the approval of this domain (approvalNeeded in the file: found through MX, SRV, guessing or plain HTTP). May be repeated.</source>
        <translation>Skrá inn á póstþjóna sem bíða samþykkis fyrir þetta lén (approvalNeeded í skránni: fundust með MX, SRV, ágiskun eða ódulrituðu HTTP). Má endurtaka.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>lén</translation>
    </message>
    <message>
        <source>Accept exactly the certificate with this SHA-256 fingerprint on the server host:port although it is not trusted (never one for another name). The bare SHA256 form is only taken when every server of the file has the same host name. May be repeated.</source>
        <translation>Samþykkja nákvæmlega skilríkið með þetta SHA-256 fingrafar á póstþjóninum vél:gátt þótt því sé ekki treyst (aldrei skilríki fyrir annað heiti). Fingrafar eitt og sér er aðeins tekið gilt þegar allir póstþjónar skrárinnar hafa sama vélarheiti. Má endurtaka.</translation>
    </message>
    <message>
        <source>host:port=sha256</source>
        <translation>vél:gátt=sha256</translation>
    </message>
    <message>
        <source>Test only the incoming or only the outgoing servers of the file.</source>
        <translation>Prófa aðeins póstþjóna skrárinnar fyrir innkomandi eða aðeins fyrir útsendan póst.</translation>
    </message>
    <message>
        <source>unknown side “%1”; use incoming or outgoing.</source>
        <translation>óþekkt hlið „%1“; notaðu incoming eða outgoing.</translation>
    </message>
    <message>
        <source>the file uses placeholders such as %EMAILADDRESS%; give the address with --address.</source>
        <translation>skráin notar staðgengla eins og %EMAILADDRESS%; gefðu upp netfangið með --address.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>„%1“ er ekki SHA-256 fingrafar (64 sextándakerfistölustafir).</translation>
    </message>
    <message>
        <source>“%1” is not host:port.</source>
        <translation>„%1“ er ekki á forminu vél:gátt.</translation>
    </message>
    <message>
        <source>%1 is not a server of the file.</source>
        <extracomment>%1 is host:port</extracomment>
        <translation>%1 er ekki póstþjónn í skránni.</translation>
    </message>
    <message>
        <source>“%1” is not a domain.</source>
        <translation>„%1“ er ekki lén.</translation>
    </message>
    <message>
        <source>        To accept exactly this certificate, run again with --accept-fingerprint %1=%2
</source>
        <extracomment>%1 is host:port, %2 the certificate&apos;s fingerprint</extracomment>
        <translation>        Til að samþykkja nákvæmlega þetta skilríki skaltu keyra aftur með --accept-fingerprint %1=%2
</translation>
    </message>
    <message>
        <source>How long to wait for each answer</source>
        <translation>Hve lengi á að bíða eftir hverju svari</translation>
    </message>
    <message>
        <source>not tested. %1 To log in to it, add --approve %2</source>
        <extracomment>%1 says what to confirm, %2 is a domain such as example.net</extracomment>
        <translation>ekki prófað. %1 Bættu við --approve %2 til að skrá inn á hann</translation>
    </message>
    <message>
        <source>signs in with OAuth2: give --address to find the sign-in</source>
        <translation>skráir inn með OAuth2: gefðu upp --address til að finna innskráninguna</translation>
    </message>
    <message>
        <source>several servers are tested, so say which one has the certificate “%1”: --accept-fingerprint HOST:PORT=SHA256, for example %2=%1.</source>
        <extracomment>%1 is a fingerprint, %2 a server such as imap.example.test:993</extracomment>
        <translation>fleiri en einn póstþjónn er prófaður, svo tilgreindu hver þeirra hefur skilríkið „%1“: --accept-fingerprint HOST:PORT=SHA256, til dæmis %2=%1.</translation>
    </message>
    <message>
        <source>the certificate “%1” is accepted for %2, the one server tested.</source>
        <extracomment>%1 is a fingerprint, %2 a server such as imap.example.test:993</extracomment>
        <translation>skilríkið „%1“ er samþykkt fyrir %2, eina póstþjóninn sem er prófaður.</translation>
    </message>
</context>
<context>
    <name>TestPlan</name>
    <message>
        <source>Confirm that you trust the servers of “%1” first.</source>
        <extracomment>%1 is an internet domain such as example.com</extracomment>
        <translation>Staðfestu fyrst að þú treystir póstþjónum „%1“.</translation>
    </message>
    <message>
        <source>There is no server to test.</source>
        <translation>Það er enginn póstþjónn til að prófa.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdExporter</name>
    <message>
        <source>Thunderbird preferences (user.js) for a new profile</source>
        <translation>Stillingar Thunderbird (user.js) fyrir nýtt notandasnið</translation>
    </message>
    <message>
        <source>Put user.js into a new Thunderbird profile: in a profile that already has accounts it would hide them.</source>
        <translation>Settu user.js í nýtt notandasnið Thunderbird: í notandasniði sem þegar hefur reikninga myndi hún fela þá.</translation>
    </message>
    <message>
        <source>Thunderbird keeps passwords outside its preferences; none was written, Thunderbird asks for it.</source>
        <translation>Thunderbird geymir lykilorð utan stillinga sinna; ekkert var skrifað, Thunderbird spyr um það.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdPrefsMerge</name>
    <message>
        <source>the record of Portpilot&apos;s installs cannot be read (%1)</source>
        <translation>ekki er hægt að lesa skrá Portpilot um uppsetningar (%1)</translation>
    </message>
    <message>
        <source>no installs</source>
        <translation>engar uppsetningar</translation>
    </message>
    <message>
        <source>the export holds no account</source>
        <translation>útflutningurinn geymir engan aðgang</translation>
    </message>
    <message>
        <source>Portpilot has not installed %1 there</source>
        <translation>Portpilot hefur ekki sett %1 upp þar</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print a fresh OAuth2 access token for a signed-in address (for mail programs)</source>
        <translation>Prenta nýjan OAuth2-aðgangstóka fyrir innskráð netfang (fyrir póstforrit)</translation>
    </message>
    <message>
        <source>The signed-in email address.</source>
        <translation>Innskráða netfangið.</translation>
    </message>
    <message>
        <source>The mail server the token is for, when the address signed in with several issuers.</source>
        <translation>Póstþjónninn sem tókinn er fyrir, þegar netfangið skráði sig inn hjá fleiri en einum útgefanda.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>vél</translation>
    </message>
    <message>
        <source>How long to wait for the issuer</source>
        <translation>Hve lengi á að bíða eftir útgefandanum</translation>
    </message>
    <message>
        <source>give the signed-in email address.</source>
        <translation>gefðu upp innskráða netfangið.</translation>
    </message>
    <message>
        <source>“%1” is not a host name.</source>
        <translation>„%1“ er ekki vélarheiti.</translation>
    </message>
</context>
</TS>
