#include "AutoconfigGrammar.h"

#include "AutoconfigReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutexLocker>
#include <QXmlStreamReader>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

// A resource in a static library must be registered by hand before first use.
static void initAutoconfigResources()
{
    Q_INIT_RESOURCE(autoconfig);
}

namespace Portpilot {

namespace {

// Each round explains libxml2's first error, mends that spot and validates again: libxml2 reports
// one real error per failing subtree and then its echoes up the tree.
constexpr int MaxRounds = 20;
// No new round after this long: libxml2 takes about a second for a document of 512 KiB on a busy
// machine, and the check may run in the GUI's thread.
constexpr qint64 RoundsBudgetMs = 1000;
constexpr qsizetype MaxNameLength = 100;
constexpr qsizetype MaxValueLength = 200;

struct FirstError
{
    bool seen = false;
    int code = 0;
    xmlNodePtr node = nullptr;
    QString str1;
    QString str2;
    QString message;
};

QString fromXml(const char* text)
{
    return text == nullptr ? QString() : QString::fromUtf8(text);
}

QString fromXml(const xmlChar* text)
{
    return fromXml(reinterpret_cast<const char*>(text));
}

void keepFirst(void* data, xmlErrorPtr error)
{
    auto* first = static_cast<FirstError*>(data);
    if (first->seen || error == nullptr) {
        return;
    }
    first->seen = true;
    first->code = error->code;
    first->node = static_cast<xmlNodePtr>(error->node);
    first->str1 = fromXml(error->str1);
    first->str2 = fromXml(error->str2);
    first->message = fromXml(error->message).trimmed();
}

void ignoreError(void* /*data*/, xmlErrorPtr /*error*/) {}

// A DOCTYPE stops the parser before any of its declarations is read: no entity is declared, let
// alone expanded, and nothing is fetched.
void refuseDoctype(void* context, const xmlChar* /*name*/, const xmlChar* /*externalId*/, const xmlChar* /*systemId*/)
{
    xmlStopParser(static_cast<xmlParserCtxtPtr>(context));
}

struct ParserFree
{
    void operator()(xmlParserCtxtPtr parser) const { xmlFreeParserCtxt(parser); }
};
struct DocFree
{
    void operator()(xmlDocPtr doc) const { xmlFreeDoc(doc); }
};
using Document = std::unique_ptr<xmlDoc, DocFree>;

// The hostile document as a tree: no network, no DTD, no entity substitution, libxml2's limits on
// depth and text kept (no XML_PARSE_HUGE). Null when refused or not well-formed.
Document parse(const QByteArray& document)
{
    const std::unique_ptr<xmlParserCtxt, ParserFree> parser(xmlNewParserCtxt());
    if (!parser || document.size() > std::numeric_limits<int>::max()) {
        return nullptr;
    }
    parser->sax->internalSubset = refuseDoctype;
    parser->sax->externalSubset = nullptr;
    parser->sax->serror = ignoreError;
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    Document doc(
        xmlCtxtReadMemory(parser.get(), document.constData(), int(document.size()), nullptr, nullptr, options));
    if (!doc || !parser->wellFormed || parser->errNo != XML_ERR_OK || doc->intSubset != nullptr ||
        doc->extSubset != nullptr) {
        return nullptr;
    }
    return doc;
}

QString nameOf(const xmlNode* node)
{
    return node == nullptr ? QString() : fromXml(node->name).left(MaxNameLength);
}

QString tagged(const QString& name)
{
    return u'<' + name + u'>';
}

qint64 lineOf(const xmlNode* node)
{
    return node == nullptr ? 0 : qint64(xmlGetLineNo(node));
}

void removeNode(xmlNodePtr node)
{
    xmlUnlinkNode(node);
    xmlFreeNode(node);
}

} // namespace

// One validation and what it makes of libxml2's first error.
class GrammarRound
{
public:
    GrammarRound(const AutoconfigGrammar& grammar, xmlDocPtr doc)
        : m_grammar(grammar)
        , m_doc(doc)
    {}

    // False when the document is valid (or libxml2 gave nothing to go on).
    bool run()
    {
        xmlRelaxNGValidCtxtPtr valid = xmlRelaxNGNewValidCtxt(m_grammar.m_schema);
        if (valid == nullptr) {
            return false;
        }
        xmlRelaxNGSetValidStructuredErrors(valid, keepFirst, &m_first);
        const int result = xmlRelaxNGValidateDoc(valid, m_doc);
        xmlRelaxNGFreeValidCtxt(valid);
        return result > 0 && m_first.seen && m_first.node != nullptr;
    }

    // The issue in plain words; then the spot is mended so that the next round gets further.
    // False when there is nothing left to mend.
    bool explainAndMend(ClientConfigValidator::Issue& issue)
    {
        xmlNodePtr node = m_first.node;
        if (node->type != XML_ELEMENT_NODE) {
            node = node->parent;
        }
        if (node == nullptr || node->type != XML_ELEMENT_NODE) {
            return false;
        }
        issue.kind = ClientConfigValidator::Kind::Schema;
        // libxml2 names the failing element, or one of its children: an element up the tree that
        // lacks a required attribute is the cause.
        for (xmlNodePtr element = node; element != nullptr && element->type == XML_ELEMENT_NODE;
             element = element->parent) {
            if (const QStringList missing = missingAttributes(element); !missing.isEmpty()) {
                issue.line = lineOf(element);
                //: %1 is an element, %2 the names of attributes it lacks
                issue.text = AutoconfigGrammar::tr("%1 has no %2 attribute, which the format requires")
                                 .arg(tagged(nameOf(element)), quotedList(missing));
                for (const QString& attribute : missing) {
                    xmlSetProp(element, reinterpret_cast<const xmlChar*>(attribute.toUtf8().constData()),
                               reinterpret_cast<const xmlChar*>(""));
                }
                return true;
            }
        }
        issue.line = lineOf(node);
        const QString name = nameOf(node);
        switch (m_first.code) {
        case XML_RELAXNG_ERR_TYPE:
        case XML_RELAXNG_ERR_TYPEVAL:
            issue.text = valueText(name, m_first.str1, m_first.str2);
            break;
        case XML_RELAXNG_ERR_ELEMWRONG:
            if (m_first.str1 == u"text") {
                //: %1 is an element, %2 the text it holds
                issue.text =
                    AutoconfigGrammar::tr("%1 holds the text “%2” between its elements, where the format has none")
                        .arg(tagged(name), strayText(node));
                removeStrayText(node);
                return true;
            }
            issue.text = misplaced(node);
            break;
        case XML_RELAXNG_ERR_ELEMNAME:
        case XML_RELAXNG_ERR_EXTRACONTENT:
            issue.text = misplaced(node);
            break;
        default:
            //: %1 is an element, %2 libxml2's own words (in English)
            issue.text = AutoconfigGrammar::tr("%1 does not follow the format’s grammar (%2)")
                             .arg(tagged(name), m_first.message.left(MaxValueLength));
            break;
        }
        if (node == xmlDocGetRootElement(m_doc)) {
            return false;
        }
        removeNode(node);
        return true;
    }

private:
    QStringList missingAttributes(xmlNodePtr node) const
    {
        QStringList missing;
        const auto rule = m_grammar.m_rules.constFind(fromXml(node->name));
        if (rule == m_grammar.m_rules.cend()) {
            return missing;
        }
        for (const QString& attribute : rule->requiredAttributes) {
            if (xmlHasProp(node, reinterpret_cast<const xmlChar*>(attribute.toUtf8().constData())) == nullptr) {
                missing.append(attribute);
            }
        }
        return missing;
    }

    static QString quotedList(const QStringList& names)
    {
        QStringList quoted;
        for (const QString& name : names) {
            quoted.append(u"“"_s + name + u"”"_s);
        }
        return quoted.join(u", "_s);
    }

    static QString valueText(const QString& element, const QString& type, const QString& value)
    {
        const QString shown = value.left(MaxValueLength);
        if (type == u"positiveInteger") {
            //: %1 is an element, %2 the value the document has
            return AutoconfigGrammar::tr("%1 must be a whole number above 0, not “%2”").arg(tagged(element), shown);
        }
        //: %1 is an element, %2 an XML Schema type name, %3 the value the document has
        return AutoconfigGrammar::tr("%1 must be of the type %2, not “%3”")
            .arg(tagged(element), type.left(MaxNameLength), shown);
    }

    QString misplaced(xmlNodePtr node) const
    {
        const QString name = nameOf(node);
        const QString parent = nameOf(node->parent);
        QStringList places;
        for (auto it = m_grammar.m_rules.cbegin(); it != m_grammar.m_rules.cend(); ++it) {
            if (it->children.contains(fromXml(node->name))) {
                places.append(tagged(it.key()));
            }
        }
        places.sort();
        if (places.isEmpty()) {
            //: %1 and %2 are elements
            return AutoconfigGrammar::tr("%1 does not belong inside %2").arg(tagged(name), tagged(parent));
        }
        //: %1 and %2 are elements, %3 the elements it may be in
        return AutoconfigGrammar::tr("%1 does not belong inside %2; the format has it in %3")
            .arg(tagged(name), tagged(parent), places.join(u", "_s));
    }

    static QString strayText(xmlNodePtr node)
    {
        for (xmlNodePtr child = node->children; child != nullptr; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                const QString text = fromXml(child->content).simplified();
                if (!text.isEmpty()) {
                    return text.left(MaxValueLength);
                }
            }
        }
        return {};
    }

    static void removeStrayText(xmlNodePtr node)
    {
        for (xmlNodePtr child = node->children; child != nullptr;) {
            xmlNodePtr next = child->next;
            if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
                !fromXml(child->content).trimmed().isEmpty()) {
                removeNode(child);
            }
            child = next;
        }
    }

    const AutoconfigGrammar& m_grammar;
    xmlDocPtr m_doc;
    FirstError m_first;
};

AutoconfigGrammar::AutoconfigGrammar()
{
    initAutoconfigResources();
    xmlInitParser();
    QFile file(u":/autoconfig/autoconfig.rng"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("The built-in autoconfig grammar is missing");
    }
    const QByteArray grammar = file.readAll();
    readRules(grammar);
    xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewMemParserCtxt(grammar.constData(), int(grammar.size()));
    xmlRelaxNGSetParserStructuredErrors(parser, ignoreError, nullptr);
    m_schema = xmlRelaxNGParse(parser);
    xmlRelaxNGFreeParserCtxt(parser);
    if (m_schema == nullptr) {
        qFatal("The built-in autoconfig grammar does not compile");
    }
}

AutoconfigGrammar::~AutoconfigGrammar()
{
    xmlRelaxNGFree(m_schema);
}

const AutoconfigGrammar& AutoconfigGrammar::instance()
{
    static const AutoconfigGrammar grammar;
    return grammar;
}

// What the messages need from the grammar itself, so that it stays the one source: the required
// attributes of each element and the known elements each may hold. Enough for this grammar's
// shapes: a define holds one named element, or (serverSection) a part that elements refer to.
void AutoconfigGrammar::readRules(const QByteArray& grammar)
{
    struct Define
    {
        QString element;
        QStringList attributes;
        QStringList refs;
    };
    QHash<QString, Define> defines;
    QXmlStreamReader xml(grammar);
    QString current;
    QStringList open; // the pattern elements open inside the current define
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && !current.isEmpty()) {
            if (open.isEmpty()) {
                current.clear();
            } else {
                open.removeLast();
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const QString name = xml.name().toString();
        if (current.isEmpty()) {
            if (name == u"define") {
                current = xml.attributes().value(QLatin1String("name")).toString();
            }
            continue;
        }
        Define& define = defines[current];
        if (name == u"ref") {
            define.refs.append(xml.attributes().value(QLatin1String("name")).toString());
        }
        if (name != u"name") {
            open.append(name);
            continue;
        }
        const QString text = xml.readElementText().trimmed(); // consumes </name>
        if (open == QStringList{u"element"_s}) {
            define.element = text;
        } else if (open == QStringList{u"element"_s, u"attribute"_s} || open == QStringList{u"attribute"_s}) {
            define.attributes.append(text);
        }
    }
    for (const Define& define : std::as_const(defines)) {
        if (define.element.isEmpty()) {
            continue;
        }
        Rule rule;
        rule.requiredAttributes = define.attributes;
        for (const QString& ref : define.refs) {
            const Define target = defines.value(ref);
            if (!target.element.isEmpty()) {
                rule.children.insert(target.element);
                continue;
            }
            rule.requiredAttributes += target.attributes;
            for (const QString& inner : target.refs) {
                if (const QString element = defines.value(inner).element; !element.isEmpty()) {
                    rule.children.insert(element);
                }
            }
        }
        m_rules.insert(define.element, rule);
    }
}

QList<ClientConfigValidator::Issue> AutoconfigGrammar::issues(const QByteArray& document, qsizetype limit) const
{
    QList<ClientConfigValidator::Issue> found;
    if (document.size() > AutoconfigReader::MaxDocumentSize) {
        return found; // AutoconfigReader refuses it
    }
    const Document doc = parse(document);
    if (!doc) {
        return found;
    }
    const QMutexLocker lock(&m_mutex);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < MaxRounds && found.size() < limit && (round == 0 || timer.elapsed() < RoundsBudgetMs);
         ++round) {
        GrammarRound check(*this, doc.get());
        if (!check.run()) {
            break;
        }
        ClientConfigValidator::Issue issue;
        const bool mended = check.explainAndMend(issue);
        if (!issue.text.isEmpty()) {
            found.append(issue);
        }
        if (!mended) {
            break;
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    return found;
}

bool AutoconfigGrammar::defines(const QString& element) const
{
    return m_rules.contains(element);
}

QSet<QString> AutoconfigGrammar::children(const QString& element) const
{
    return m_rules.value(element).children;
}

} // namespace Portpilot
