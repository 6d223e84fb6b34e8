#include "core/demo/demo_query.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace near2::demo {

namespace {

bool hasDigit(const std::string& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// A typed wording of `forms` with at most `maxWords` words (and no digit, for short queries), or "" when it
// has none.
std::string typedForm(const Forms& forms, std::size_t maxWords, DemoRandom& random,
                      bool withoutDigits = false)
{
    std::vector<std::string> fitting;
    for (const auto& form : forms.typed)
        if (wordCount(form) <= maxWords && !(withoutDigits && hasDigit(form)))
            fitting.push_back(form);
    return fitting.empty() ? std::string() : random.pick(fitting);
}

std::string alphanumericForm(const Forms& forms, DemoRandom& random)
{
    std::vector<std::string> fitting;
    for (const auto& form : forms.typed)
        if (hasAlphanumericToken(form))
            fitting.push_back(form);
    return fitting.empty() ? std::string() : random.pick(fitting);
}

std::string noun(const CategorySpec& category, std::size_t maxWords, DemoRandom& random)
{
    return typedForm(random.pick(category.nouns), maxWords, random);
}

// "SN570", "sn570" or, without its hyphens, "rtx4070": always letters and digits in one token.
std::string modelForm(const std::string& model, DemoRandom& random)
{
    std::string form;
    const auto choice = random.below(3);
    for (const char c : model) {
        if (choice == 2 && c == '-')
            continue;
        form += choice == 0 ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return form;
}

struct Builder
{
    const CategorySpec& category;
    const DemoProduct& target;
    DemoRandom& random;
    DemoQuery query;

    const Forms& value(std::size_t attribute) const
    {
        return category.attributes[attribute].values[target.values[attribute]];
    }
    void constrain(std::size_t attribute)
    {
        query.spec.attributes.emplace_back(attribute, target.values[attribute]);
    }
    const ProductLineSpec& line() const { return category.lines[target.line]; }

    // Attributes of the target that shoppers can type, optionally only those with an alphanumeric form, or
    // only those with a form of at most `maxWords` words without digits.
    std::vector<std::size_t> typeableAttributes(bool alphanumeric, std::size_t maxWords = 9,
                                                bool withoutDigits = false) const
    {
        std::vector<std::size_t> result;
        for (std::size_t a = 0; a < category.attributes.size(); ++a) {
            const auto& typed = value(a).typed;
            if (std::any_of(typed.begin(), typed.end(), [&](const std::string& form) {
                    return alphanumeric ? hasAlphanumericToken(form)
                                        : wordCount(form) <= maxWords && !(withoutDigits && hasDigit(form));
                }))
                result.push_back(a);
        }
        return result;
    }
};

void buildShort(Builder& b)
{
    const double roll = b.random.unit();
    // Short queries have no digits: "pegasus 40" or "1tb ssd" are alphanumeric (docs/query-types.md).
    const auto oneWordAttributes = b.typeableAttributes(false, 1, true);
    const std::string oneWordNoun = noun(b.category, 1, b.random);
    const std::string lineForm = typedForm(b.line().name, 2, b.random, true);
    if (roll < 0.3 && !oneWordNoun.empty() && !b.line().brand.typed.empty() &&
        wordCount(b.line().brand.typed.front()) == 1) {
        b.query.spec.brand = b.line().brand.display;
        const std::string brand = b.line().brand.typed.front();
        b.query.text = b.random.chance(0.85) ? brand + " " + oneWordNoun : oneWordNoun + " " + brand;
    } else if (roll < 0.6 && !oneWordNoun.empty() && !oneWordAttributes.empty()) {
        const auto attribute = b.random.pick(oneWordAttributes);
        b.constrain(attribute);
        b.query.text = typedForm(b.value(attribute), 1, b.random, true) + " " + oneWordNoun;
    } else if (roll < 0.75 && !lineForm.empty()) {
        b.query.spec.line = static_cast<long>(b.target.line);
        b.query.text = lineForm;
    } else {
        b.query.text = noun(b.category, 2, b.random);
    }
}

void buildAlphanumeric(Builder& b)
{
    const auto attributes = b.typeableAttributes(true);
    const std::string lineForm = alphanumericForm(b.line().name, b.random);
    const double roll = b.random.unit();
    std::vector<std::string> words;
    auto addAttribute = [&] {
        const auto attribute = b.random.pick(attributes);
        b.constrain(attribute);
        words.push_back(alphanumericForm(b.value(attribute), b.random));
    };
    if (roll < 0.3 && !attributes.empty()) { // sizes and specs: "1tb ssd", "27in 144hz monitor"
        addAttribute();
        words.push_back(noun(b.category, 2, b.random));
    } else if (roll < 0.5 && !lineForm.empty()) { // a line named by a code: "galaxy s23 256gb"
        b.query.spec.line = static_cast<long>(b.target.line);
        words.push_back(lineForm);
        if (!attributes.empty() && b.random.chance(0.6))
            addAttribute();
    } else { // the model number: "SN570", "wh-1000xm5 black"
        b.query.spec.model = b.target.model;
        b.query.spec.line = static_cast<long>(b.target.line);
        words.push_back(modelForm(b.target.model, b.random));
        if (!attributes.empty() && b.random.chance(0.4))
            addAttribute();
        if (b.random.chance(0.3))
            words.push_back(noun(b.category, 2, b.random));
    }
    for (const auto& word : words)
        b.query.text += (b.query.text.empty() ? "" : " ") + word;
}

void buildImplicit(Builder& b)
{
    std::vector<const ImplicitNeed*> needs;
    for (const auto& need : b.category.needs)
        if (need.attribute.empty() ||
            b.value(static_cast<std::size_t>(findAttribute(b.category, need.attribute))).display ==
                need.value)
            needs.push_back(&need);
    const ImplicitNeed& need = *b.random.pick(needs);
    if (!need.attribute.empty())
        b.constrain(static_cast<std::size_t>(findAttribute(b.category, need.attribute)));
    static const std::vector<std::string> kNotVerbs = {"my",    "a",        "something", "budget",
                                                       "cheap", "smoother", "more"};
    static const std::vector<std::string> kPrefixes = {
        "", "", "", "how to ", "something to ", "i want to ", "best way to "};
    const std::string firstWord = need.text.substr(0, need.text.find(' '));
    const bool verbPhrase = std::find(kNotVerbs.begin(), kNotVerbs.end(), firstWord) == kNotVerbs.end();
    b.query.text = (verbPhrase ? b.random.pick(kPrefixes) : std::string()) + need.text;
}

void buildSpecific(Builder& b)
{
    auto attributes = b.typeableAttributes(false);
    b.random.shuffle(attributes);
    attributes.resize(std::min<std::size_t>(attributes.size(), b.random.between(2, 4)));
    std::sort(attributes.begin(), attributes.end()); // catalog order, then shuffled words below
    std::vector<std::string> front;
    std::vector<std::string> specs;
    const bool withLine = b.random.chance(0.4) || attributes.size() < 2;
    const std::string lineForm = withLine ? b.random.pick(b.line().name.typed) : std::string();
    if (withLine || attributes.size() < 3 || b.random.chance(0.6)) { // several attributes: three at least
        b.query.spec.brand = b.line().brand.display;
        const std::string brandForm = b.random.pick(b.line().brand.typed);
        if (lineForm.find(brandForm) == std::string::npos) // "wd blue" already names the brand
            front.push_back(brandForm);
    }
    if (withLine) {
        b.query.spec.line = static_cast<long>(b.target.line);
        front.push_back(lineForm);
    }
    for (const auto attribute : attributes) {
        b.constrain(attribute);
        const std::string form = b.random.pick(b.value(attribute).typed);
        specs.push_back(b.category.attributes[attribute].name == kFitsAttribute ? "for " + form : form);
    }
    if (b.random.chance(0.5))
        b.random.shuffle(specs);
    const std::string productNoun = noun(b.category, 3, b.random);
    std::vector<std::string> words = front;
    if (b.random.chance(0.7)) {
        words.insert(words.end(), specs.begin(), specs.end());
        words.push_back(productNoun);
    } else {
        words.push_back(productNoun);
        words.insert(words.end(), specs.begin(), specs.end());
    }
    for (const auto& word : words)
        b.query.text += (b.query.text.empty() ? "" : " ") + word;
}

} // namespace

DemoQuery generateQuery(QueryType type, const DemoProduct& target, const std::vector<CategorySpec>& catalog,
                        DemoRandom& random)
{
    Builder builder{catalog[target.category], target, random, {}};
    builder.query.type = type;
    builder.query.spec.category = target.category;
    switch (type) {
    case QueryType::Short:
        buildShort(builder);
        break;
    case QueryType::Alphanumeric:
        buildAlphanumeric(builder);
        break;
    case QueryType::Implicit:
        buildImplicit(builder);
        break;
    case QueryType::Specific:
        buildSpecific(builder);
        break;
    case QueryType::Other:
        throw std::invalid_argument("the demo shop generates no queries of type other");
    }
    builder.query.text = addQueryNoise(std::move(builder.query.text), random);
    return builder.query;
}

} // namespace near2::demo
