// Demo-shop vocabulary: electronics. Synthetic tables; brands are real names used only as vocabulary.
#include "core/demo/catalog.h"

namespace near2::demo {

namespace {
const std::vector<Forms> kPhoneLines = {"Galaxy S23|galaxy s23|s23",   "Galaxy S24|galaxy s24|s24",
                                        "Galaxy A54|galaxy a54|a54",   "iPhone 15|iphone 15",
                                        "iPhone 15 Pro|iphone 15 pro", "iPhone 14|iphone 14",
                                        "Pixel 8|pixel 8|pixel8",      "Pixel 7a|pixel 7a|pixel7a",
                                        "Moto G Power|moto g power",   "OnePlus 12|oneplus 12"};
const std::vector<Forms> kGadgetColours = {
    "Black|black", "White|white", "Blue|blue", "Green|green", "Purple|purple|lavender", "Silver|silver|grey"};
const std::vector<Forms> kCondition = {"|", "Renewed|renewed|refurbished"};
const ComplementFit kDisplayCables{"Cables", "type", {"HDMI 2.1", "DisplayPort 1.4"}};
const ComplementFit kPhoneCables{"Cables", "type", {"USB-C to USB-C", "USB-C to Lightning"}};
} // namespace

std::vector<CategorySpec> electronicsCategories()
{
    std::vector<CategorySpec> categories;
    categories.push_back(
        {.name = "SSDs",
         .nouns = {"Internal SSD|ssd|solid state drive|internal ssd", "SSD|ssd|nvme drive"},
         .lines = {{"Samsung|samsung", "980 Pro|980 pro|samsung 980", "MZ-V8P#T0B"},
                   {"Samsung|samsung", "870 EVO|870 evo|evo", "MZ-77E#T0B"},
                   {"Western Digital|wd|western digital", "Blue|wd blue", "SN5#0"},
                   {"Western Digital|wd|western digital", "Black|wd black|wd_black", "SN8#0X"},
                   {"Crucial|crucial", "P-Series|crucial p", "CT#000P#SSD8"},
                   {"Kingston|kingston", "NV|kingston nv", "SNV#S"},
                   {"Sabrent|sabrent", "Rocket|sabrent rocket", "SB-RKT#-##"}},
         .attributes =
             {{"capacity", false, {"250GB|250gb", "500GB|500gb", "1TB|1tb|1 tb", "2TB|2tb|2 tb", "4TB|4tb"}},
              {"interface",
               true,
               {"NVMe PCIe 4.0|nvme gen4|pcie 4.0", "NVMe PCIe 3.0|nvme|pcie 3.0", "SATA III|sata"}},
              {"form factor", true, {"M.2 2280|m.2|m2|m.2 2280", "2.5 Inch|2.5 inch|2.5\""}}},
         .needs = {{"make my old laptop boot faster", "", ""},
                   {"more room for games and photos on my pc", "", ""},
                   {"add storage to my ps5", "interface", "NVMe PCIe 4.0"},
                   {"upgrade an old desktop that only has sata ports", "interface", "SATA III"}},
         .sellingPoints = {"Boots your system in seconds and loads games faster.",
                           "Sequential reads up to several thousand MB/s.",
                           "Includes migration software to clone your old drive.",
                           "Five-year limited warranty."},
         .complements = {"Laptops"}});
    categories.push_back(
        {.name = "Graphics Cards",
         .nouns = {"Graphics Card|graphics card|gpu|video card"},
         .lines = {{"ASUS|asus", "TUF Gaming|tuf gaming|tuf", "TUF-GX#0#0-O#G"},
                   {"ASUS|asus", "ROG Strix|rog strix|strix", "ROG-STRIX-#0#0-O#G"},
                   {"MSI|msi", "Ventus 2X|ventus 2x|ventus", "V5##-###R"},
                   {"MSI|msi", "Gaming X Trio|gaming x trio|x trio", "G#0#0GXT-##"},
                   {"Gigabyte|gigabyte", "Windforce|windforce", "GV-N#0#0WF3-##GD"},
                   {"Sapphire|sapphire", "Pulse|sapphire pulse", "SP-11###-0#"}},
         .attributes =
             {{"chipset",
               true,
               {"GeForce RTX 4060|rtx 4060|rtx4060|rtx-4060", "GeForce RTX 4070|rtx 4070|rtx4070|rtx-4070",
                "GeForce RTX 4080|rtx 4080|rtx4080", "GeForce RTX 4090|rtx 4090|rtx4090",
                "Radeon RX 7600|rx 7600|rx7600", "Radeon RX 7800 XT|rx 7800 xt|rx7800xt"}},
              {"memory", true, {"8GB GDDR6|8gb", "12GB GDDR6X|12gb", "16GB GDDR6|16gb", "24GB GDDR6X|24gb"}},
              {"cooling", true, {"Dual Fan|dual fan|2 fan", "Triple Fan|triple fan|3 fan"}},
              {"colour", false, {"Black|black", "White|white"}}},
         .needs = {{"play new games at 4k ultra settings", "chipset", "GeForce RTX 4090"},
                   {"run ai models locally", "memory", "24GB GDDR6X"},
                   {"render 3d scenes faster in blender", "", ""},
                   {"play games with ray tracing", "", ""}},
         .sellingPoints = {"Ray tracing and AI upscaling for smoother frame rates.",
                           "Quiet fans stop spinning at low load.", "Reinforced backplate prevents sag.",
                           "Three DisplayPort outputs and one HDMI output."},
         .complements = {"Cables"},
         .fits = {kDisplayCables}});
    categories.push_back(
        {.name = "Phones",
         .nouns = {"Smartphone|phone|smartphone|cell phone|mobile phone"},
         .lines = {{"Samsung|samsung", kPhoneLines[0], "SM-S91#U"},
                   {"Samsung|samsung", kPhoneLines[1], "SM-S92#U"},
                   {"Samsung|samsung", kPhoneLines[2], "SM-A54#U"},
                   {"Apple|apple", kPhoneLines[3], "A3##0"},
                   {"Apple|apple", kPhoneLines[4], "A3##2"},
                   {"Apple|apple", kPhoneLines[5], "A2##9"},
                   {"Google|google", kPhoneLines[6], "G@##8"},
                   {"Google|google", kPhoneLines[7], "G@##7"},
                   {"Motorola|motorola|moto", kPhoneLines[8], "XT23#-#"},
                   {"OnePlus|oneplus", kPhoneLines[9], "CPH2##1"}},
         .attributes = {{"storage", false, {"64GB|64gb", "128GB|128gb", "256GB|256gb", "512GB|512gb"}},
                        {"colour", false, kGadgetColours},
                        {"carrier",
                         false,
                         {"Unlocked|unlocked", "Verizon|verizon", "AT&T|at&t|att",
                          "T-Mobile|t-mobile|tmobile"}},
                        {"condition", false, kCondition}},
         .needs = {{"use local sim cards when travelling abroad", "carrier", "Unlocked"},
                   {"take great photos of my kids", "", ""},
                   {"stay in touch with my family on the go", "", ""},
                   {"cheap way to get a like-new handset", "condition", "Renewed"}},
         .sellingPoints = {"All-day battery life with fast charging.",
                           "Triple camera system with night mode.",
                           "Bright OLED display that is easy to read outdoors.", "Water and dust resistant."},
         .complements = {"Phone Cases", "Cables"},
         .fits = {kPhoneCables}});
    categories.push_back(
        {.name = "Phone Cases",
         .nouns = {"Phone Case|phone case|case|cover|phone cover"},
         .lines = {{"OtterBox|otterbox|otter box", "Defender|otterbox defender|defender", "OB77-9###"},
                   {"OtterBox|otterbox|otter box", "Symmetry|otterbox symmetry|symmetry", "OB77-8###"},
                   {"Spigen|spigen", "Tough Armor|tough armor", "ACS0####"},
                   {"Spigen|spigen", "Ultra Hybrid|ultra hybrid", "ACS1####"},
                   {"Caseology|caseology", "Parallax|caseology parallax", "CL-PX###"},
                   {"ESR|esr", "Cloud|esr cloud", "ESR-CL##@"}},
         .attributes = {{kFitsAttribute, true, kPhoneLines},
                        {"material",
                         true,
                         {"Silicone|silicone", "TPU|tpu", "Leather|leather",
                          "Polycarbonate|polycarbonate|hard plastic", "Clear TPU|clear"}},
                        {"magsafe", true, {"MagSafe Compatible|magsafe|magnetic", "|"}},
                        {"colour", false, kGadgetColours}},
         .needs = {{"protect my phone when i drop it", "", ""},
                   {"show off the colour of my new phone", "material", "Clear TPU"},
                   {"keep my phone safe on the construction site", "", ""},
                   {"stick my phone to a magnetic car mount", "magsafe", "MagSafe Compatible"}},
         .sellingPoints = {"Raised edges protect the screen and camera.", "Military-grade drop protection.",
                           "Slim profile that slides into pockets.",
                           "Precise cutouts for buttons and ports."},
         .complements = {"Phones"},
         .weight = 0.8});
    categories.push_back(
        {.name = "Headphones",
         .nouns = {"Headphones|headphones|headset", "Headphones|headphones|earphones"},
         .lines = {{"Sony|sony", "1000X|sony 1000x", "WH-1000XM#"},
                   {"Sony|sony", "1000X Earbuds|sony earbuds", "WF-1000XM#"},
                   {"Bose|bose", "QuietComfort|quietcomfort|qc", "QC#5"},
                   {"JBL|jbl", "Tune|jbl tune", "T5#0BT"},
                   {"Sennheiser|sennheiser", "HD|sennheiser hd", "HD5#0S"},
                   {"Apple|apple", "AirPods|airpods", "MQD#3AM"}},
         .attributes = {{"type",
                         true,
                         {"Over-Ear|over-ear|over ear", "In-Ear Earbuds|earbuds|in-ear|in ear",
                          "On-Ear|on-ear|on ear"}},
                        {"connectivity", true, {"Wireless Bluetooth|wireless|bluetooth", "Wired|wired"}},
                        {"noise cancelling",
                         true,
                         {"Active Noise Cancelling|noise cancelling|anc|noise canceling", "|"}},
                        {"colour",
                         false,
                         {"Black|black", "White|white", "Silver|silver", "Midnight Blue|blue|navy"}}},
         .needs = {{"block out engine noise on long flights", "noise cancelling", "Active Noise Cancelling"},
                   {"listen to music at the gym without cords", "connectivity", "Wireless Bluetooth"},
                   {"focus in a loud open-plan office", "noise cancelling", "Active Noise Cancelling"},
                   {"hear podcasts on my commute", "", ""}},
         .sellingPoints = {"Up to 30 hours of battery life.", "Soft memory-foam cushions for long sessions.",
                           "Clear calls with beamforming microphones.",
                           "Folds flat into the included travel case."},
         .complements = {"Cables"},
         .fits = {kPhoneCables}});
    return categories;
}

} // namespace near2::demo
