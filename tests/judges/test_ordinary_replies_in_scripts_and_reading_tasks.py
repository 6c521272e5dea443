"""Good chat replies written close to the triggers of four readings answer and do not drift; the drift each
reading is meant to catch is still caught.

The readings under test:

1. Words in scripts with combining marks (``text.WORD_RE``, ``text.MARKS``, ``text.UNSPACED``,
   ``topic.topic_words``, ``language``): a word keeps the vowel signs, viramas, tone marks, harakat, niqqud and
   accents written apart on its letters; a phrase of Thai, Lao, Myanmar or Khmer between spaces is one word, and
   a question written mostly in them is not judged off topic by its words; Hindi has its function words;
   OpenChatKit's "<human>: ... <bot>:" is a chat.
2. Questions (``prompt.questions``, ``question.asks_for_a_question``): a question opening the output asks
   unless a statement follows it; when the work asked for is a question (a question, a title, a riddle, a
   headline), no question in the reply asks.
3. A question on a context given in fields (``passage.find_passage``, ``dialogue.parse_dialogue``):
   "Context: ...\\nQuestion: ...?" is a reading task in any template; an answer taken from the context's words
   is no echo; the context said back whole still is, and a new example of the fields is still drift.
4. The next request (``prompt.opening``): one line opening as the request does is the next request when it
   says the request's first three words again or stands as a paragraph of its own.

For each, ordinary replies come as near the trigger as an assistant writes: answers in Hindi, Marathi,
Bengali, Tamil, Telugu (with a zero-width non-joiner), Sinhala (with a zero-width joiner), Arabic (with and
without harakat), Hebrew (with and without niqqud), Persian, Urdu, Thai, Lao, Khmer, Myanmar, Vietnamese and
Greek (composed and decomposed), plain and in ChatML, Llama-2's "[INST]", Alpaca's "### Instruction:/###
Response:" and "<human>:/<bot>:"; answers to requests that say "question" but want an answer ("Answer the
following question:", "Quick question:"), titles worded as questions, interviews and FAQs asked for, and
questions asked for in other languages than English; extractive answers to a context in "Context:/Question:",
"Passage:/Q:/A:", "Document:/Query:", Spanish, German, Japanese and Hindi fields and chat turns; letters,
summaries and tips closing with a paragraph that opens "Write ...", "Tell me ...", "Give ..." as advice or an
offer. Every reply here was written for this test. The probes the judges still get wrong are strict expected
failures naming the measure and the shape; a drift the judges miss says "missed".
"""

from __future__ import annotations

import unicodedata

import pytest

from why_finetune.judges import judge

from .probes import xfail


def nfd(text):
    return unicodedata.normalize("NFD", text)


def alpaca(instruction):
    return f"### Instruction:\n{instruction}\n\n### Response:"


def chatml(query):
    return f"<|im_start|>user\n{query}<|im_end|>\n<|im_start|>assistant\n"


def llama2(query):
    return f"<s>[INST] {query} [/INST]"


def human_bot(query):
    return f"<human>: {query}\n<bot>:"


# --- 1. Words in scripts with combining marks ---------------------------------------------------------------

IN_SCRIPTS = [
    # Devanagari: Hindi and Marathi.
    pytest.param("योग करने के क्या फायदे हैं?",
                 "योग करने के कई फायदे हैं। यह शरीर को लचीला बनाता है, मांसपेशियों को मज़बूत करता है और तनाव कम करता है। "
                 "नियमित योग से नींद बेहतर होती है और रक्तचाप नियंत्रित रहता है।", id="Hindi, plain"),
    pytest.param(chatml("प्रकाश संश्लेषण क्या है? सरल शब्दों में समझाइए।"),
                 "प्रकाश संश्लेषण वह प्रक्रिया है जिसमें हरे पौधे सूर्य के प्रकाश की मदद से पानी और कार्बन डाइऑक्साइड से "
                 "अपना भोजन बनाते हैं और ऑक्सीजन छोड़ते हैं। यह क्रिया पत्तियों में मौजूद क्लोरोफ़िल के कारण होती है।",
                 id="Hindi, ChatML"),
    pytest.param(llama2("मुझे अच्छी नींद के लिए कुछ सुझाव दीजिए।"),
                 " अच्छी नींद के लिए ये सुझाव आज़माएँ:\n1. रोज़ एक ही समय पर सोएँ और उठें।\n2. सोने से एक घंटा पहले मोबाइल "
                 "और टीवी बंद कर दें।\n3. शाम के बाद चाय या कॉफ़ी न पिएँ।\n4. कमरे को अंधेरा, शांत और ठंडा रखें।",
                 id="Hindi, Llama-2, a list"),
    pytest.param(alpaca("दिल्ली के तीन प्रसिद्ध पर्यटन स्थलों के नाम बताइए।"),
                 "दिल्ली के तीन प्रसिद्ध पर्यटन स्थल हैं: लाल किला, कुतुब मीनार और इंडिया गेट।", id="Hindi, Alpaca"),
    pytest.param(human_bot("क्रिकेट में एक ओवर में कितनी गेंदें होती हैं?"),
                 " क्रिकेट में एक ओवर में छह गेंदें होती हैं। नो-बॉल या वाइड होने पर गेंदबाज़ को वह गेंद दोबारा डालनी "
                 "पड़ती है।", id="Hindi, <human>:/<bot>:"),
    pytest.param("योग क्या है?",
                 "योग क्या है? योग एक प्राचीन भारतीय अभ्यास है जिसमें आसन, प्राणायाम और ध्यान के ज़रिए शरीर और मन को "
                 "संतुलित किया जाता है।", id="Hindi, the question said back, then answered"),
    pytest.param("ज़िंदगी में खुश रहने के लिए क्या करें?",
                 nfd("ज़िंदगी में खुश रहने के लिए रोज़ थोड़ा व्यायाम करें, अपनों के साथ समय बिताएँ, छोटी-छोटी बातों के लिए "
                     "आभार जताएँ और पर्याप्त नींद लें।"), id="Hindi, a nukta composed in the question, apart in the reply"),
    pytest.param("पुण्यात पाहण्यासारखी ठिकाणे कोणती आहेत?",
                 "पुण्यात शनिवारवाडा, आगा खान पॅलेस, सिंहगड किल्ला, दगडूशेठ हलवाई गणपती मंदिर आणि पाताळेश्वर लेणी ही "
                 "पाहण्यासारखी ठिकाणे आहेत.", id="Marathi, plain"),
    # Bengali, Tamil, Telugu.
    pytest.param("রবীন্দ্রনাথ ঠাকুর কে ছিলেন?",
                 "রবীন্দ্রনাথ ঠাকুর ছিলেন একজন বাঙালি কবি, ঔপন্যাসিক, সংগীতকার ও চিত্রশিল্পী। ১৯১৩ সালে গীতাঞ্জলির জন্য "
                 "তিনি সাহিত্যে নোবেল পুরস্কার পান। ভারত ও বাংলাদেশের জাতীয় সংগীত তাঁরই লেখা।", id="Bengali, plain"),
    pytest.param(alpaca("বর্ষাকালে সুস্থ থাকার কয়েকটি উপায় লিখুন।"),
                 "বর্ষাকালে সুস্থ থাকার কয়েকটি উপায়:\n১. ফোটানো বা পরিশোধিত পানি পান করুন।\n২. রাস্তার খোলা খাবার এড়িয়ে "
                 "চলুন।\n৩. মশা থেকে বাঁচতে মশারি ব্যবহার করুন।\n৪. ভেজা জামাকাপড় দ্রুত বদলে ফেলুন।", id="Bengali, Alpaca"),
    pytest.param("தமிழ்நாட்டின் தலைநகரம் எது?",
                 "தமிழ்நாட்டின் தலைநகரம் சென்னை. இது வங்காள விரிகுடாவின் கரையில் அமைந்துள்ள ஒரு பெரிய நகரம்.",
                 id="Tamil, plain"),
    pytest.param(human_bot("தினமும் நடைப்பயிற்சி செய்வதன் நன்மைகள் என்ன?"),
                 " தினமும் நடைப்பயிற்சி செய்வதன் நன்மைகள்: இதயம் வலுப்பெறுகிறது, உடல் எடை கட்டுக்குள் இருக்கிறது, மன "
                 "அழுத்தம் குறைகிறது, தூக்கம் மேம்படுகிறது.", id="Tamil, <human>:/<bot>:"),
    pytest.param("హైదరాబాద్‌లో చూడదగిన ప్రదేశాలు ఏవి?",
                 "హైదరాబాద్‌లో చార్మినార్, గోల్కొండ కోట, సాలార్ జంగ్ మ్యూజియం, హుస్సేన్ సాగర్ సరస్సు మరియు రామోజీ ఫిల్మ్ "
                 "సిటీ చూడదగిన ప్రదేశాలు.", id="Telugu, with a zero-width non-joiner"),
    pytest.param("ශ්‍රී ලංකාවේ අගනුවර කුමක්ද?",
                 "ශ්‍රී ලංකාවේ නිල අගනුවර ශ්‍රී ජයවර්ධනපුර කෝට්ටේ වන අතර, වාණිජ අගනුවර කොළඹ වේ.",
                 id="Sinhala, with a zero-width joiner"),
    # Arabic, Persian: with and without harakat.
    pytest.param("ما هي فوائد شرب الماء؟",
                 "لشرب الماء فوائد كثيرة: فهو ينظم حرارة الجسم، ويساعد على الهضم، ويحافظ على صحة الكلى، ويحسن التركيز "
                 "ويقلل الصداع.", id="Arabic, plain"),
    pytest.param(chatml("كيف أتعلم البرمجة من الصفر؟"),
                 "لتتعلم البرمجة من الصفر:\n١. ابدأ بلغة سهلة مثل بايثون.\n٢. تابع دورة مجانية على الإنترنت وتدرّب يوميًا.\n"
                 "٣. اكتب مشاريع صغيرة مثل آلة حاسبة أو قائمة مهام.\n٤. انضم إلى مجتمع مبرمجين لطرح الأسئلة.",
                 id="Arabic, ChatML, a shadda and a tanween"),
    pytest.param("مَا هِيَ عَاصِمَةُ مِصْرَ؟", "عَاصِمَةُ مِصْرَ هِيَ القَاهِرَةُ، وَهِيَ أَكْبَرُ مَدِينَةٍ فِي العَالَمِ العَرَبِيِّ.",
                 id="Arabic, harakat in both"),
    pytest.param("ما هي عاصمة مصر؟",
                 "عَاصِمَةُ مِصْرَ هِيَ القَاهِرَةُ، وَهِيَ أَكْبَرُ مَدِينَةٍ فِي العَالَمِ العَرَبِيِّ. تَقَعُ عَلَى ضِفَافِ نَهْرِ النِّيلِ "
                 "وَيَسْكُنُهَا أَكْثَرُ مِنْ عِشْرِينَ مِلْيُونَ نَسَمَةٍ.", id="Arabic, harakat in the reply only"),
    pytest.param("پاکستان کا قومی کھیل کون سا ہے؟", "پاکستان کا قومی کھیل ہاکی ہے، اگرچہ کرکٹ سب سے زیادہ مقبول کھیل ہے۔",
                 id="Urdu"),
    pytest.param(llama2("چگونه استرس را کاهش دهیم؟"),
                 " برای کاهش استرس می‌توانید هر روز ورزش کنید، تنفس عمیق و مدیتیشن را تمرین کنید، خواب کافی داشته باشید و "
                 "مصرف کافئین را کم کنید. صحبت با دوستان هم کمک زیادی می‌کند.", id="Persian, Llama-2"),
    # Hebrew: with and without niqqud.
    pytest.param("איך מכינים שקשוקה?",
                 "כדי להכין שקשוקה, מטגנים בצל, פלפל ושום בשמן זית, מוסיפים עגבניות מרוסקות, פפריקה וכמון ומבשלים כעשר "
                 "דקות. אחר כך שוברים לתוך הרוטב ביצים, מכסים ומבשלים עד שהחלבון מתקשה.", id="Hebrew, plain"),
    pytest.param("לָמָּה הַשָּׁמַיִם כְּחֻלִּים?",
                 "הַשָּׁמַיִם כְּחֻלִּים כִּי הָאוֹר הַכָּחֹל שֶׁל הַשֶּׁמֶשׁ מִתְפַּזֵּר בָּאֲוִיר יוֹתֵר מִשְּׁאָר הַצְּבָעִים.",
                 id="Hebrew, niqqud in both"),
    # Thai: phrases between spaces.
    pytest.param("วิธีดูแลต้นไม้ในบ้านให้เติบโตดีทำอย่างไร",
                 "การดูแลต้นไม้ในบ้านให้เติบโตดี ควรวางต้นไม้ในที่ที่มีแสงสว่างแต่ไม่โดนแดดจัดโดยตรง รดน้ำเมื่อดินด้านบนแห้ง "
                 "ไม่ควรรดน้ำมากเกินไปเพราะรากอาจเน่า และใส่ปุ๋ยเดือนละครั้งในช่วงฤดูฝน", id="Thai, plain"),
    pytest.param(chatml("ช่วยแนะนำอาหารไทยที่ไม่เผ็ดสำหรับนักท่องเที่ยวหน่อย"),
                 "อาหารไทยที่ไม่เผ็ดและเหมาะกับนักท่องเที่ยว ได้แก่ ข้าวมันไก่ ผัดซีอิ๊ว ข้าวผัด ไก่ย่างกับข้าวเหนียว และต้มข่าไก่"
                 "แบบไม่ใส่พริก ส่วนของหวานแนะนำข้าวเหนียวมะม่วงครับ", id="Thai, ChatML"),
    pytest.param(human_bot("ChatGPT คืออะไร"),
                 " ChatGPT คือแชตบอตปัญญาประดิษฐ์ที่พัฒนาโดยบริษัท OpenAI สามารถตอบคำถาม เขียนบทความ แปลภาษา และ"
                 "ช่วยเขียนโปรแกรมได้ โดยเรียนรู้จากข้อความจำนวนมหาศาล", id="Thai, <human>:/<bot>:, a Latin name"),
    pytest.param("ນະຄອນຫຼວງຂອງລາວແມ່ນຫຍັງ?", "ນະຄອນຫຼວງຂອງລາວແມ່ນວຽງຈັນ ເຊິ່ງຕັ້ງຢູ່ແຄມແມ່ນ້ຳຂອງ.", id="Lao"),
    pytest.param("តើរាជធានីនៃប្រទេសកម្ពុជាគឺជាអ្វី?",
                 "រាជធានីនៃប្រទេសកម្ពុជាគឺភ្នំពេញ ដែលជាទីក្រុងធំជាងគេបំផុតក្នុងប្រទេស។", id="Khmer"),
    pytest.param("မြန်မာနိုင်ငံ၏ မြို့တော်က ဘာလဲ",
                 "မြန်မာနိုင်ငံ၏ မြို့တော်မှာ နေပြည်တော် ဖြစ်ပါသည်။ ၂၀၀၅ ခုနှစ်တွင် ရန်ကုန်မှ ပြောင်းရွှေ့ခဲ့သည်။", id="Myanmar"),
    # Vietnamese and Greek, composed and decomposed.
    pytest.param("Làm thế nào để học tiếng Anh hiệu quả?",
                 "Để học tiếng Anh hiệu quả, bạn nên luyện nghe mỗi ngày qua podcast hoặc phim, học từ vựng theo chủ đề, "
                 "luyện nói với người bản xứ và đọc sách đơn giản.", id="Vietnamese, composed"),
    pytest.param(nfd("Làm thế nào để học tiếng Anh hiệu quả?"),
                 nfd("Để học tiếng Anh hiệu quả, bạn nên luyện nghe mỗi ngày qua podcast hoặc phim, học từ vựng theo chủ "
                     "đề, luyện nói với người bản xứ và đọc sách đơn giản."), id="Vietnamese, decomposed in both"),
    pytest.param("Làm thế nào để học tiếng Anh hiệu quả?",
                 nfd("Để học tiếng Anh hiệu quả, bạn nên luyện nghe mỗi ngày qua podcast hoặc phim, học từ vựng theo chủ "
                     "đề, luyện nói với người bản xứ và đọc sách đơn giản."), id="Vietnamese, decomposed in the reply only"),
    pytest.param(chatml(nfd("Phở bò nấu như thế nào?")),
                 nfd("Để nấu phở bò, bạn ninh xương bò với hành nướng, gừng nướng, quế, hồi và thảo quả trong khoảng sáu "
                     "tiếng. Nêm nước mắm và đường phèn, chần bánh phở, xếp thịt bò tái lên trên rồi chan nước dùng thật "
                     "nóng."), id="Vietnamese, ChatML, decomposed"),
    pytest.param("Ποια είναι τα οφέλη της μεσογειακής διατροφής;",
                 "Η μεσογειακή διατροφή, πλούσια σε ελαιόλαδο, λαχανικά, όσπρια και ψάρι, προστατεύει την καρδιά, μειώνει "
                 "τη χοληστερίνη και τον κίνδυνο διαβήτη και βοηθά στη διατήρηση υγιούς βάρους.", id="Greek, composed"),
    pytest.param(nfd("Ποια είναι τα οφέλη της μεσογειακής διατροφής;"),
                 nfd("Η μεσογειακή διατροφή, πλούσια σε ελαιόλαδο, λαχανικά, όσπρια και ψάρι, προστατεύει την καρδιά, "
                     "μειώνει τη χοληστερίνη και τον κίνδυνο διαβήτη και βοηθά στη διατήρηση υγιούς βάρους."),
                 id="Greek, decomposed in both"),
]


@pytest.mark.parametrize("prompt, output", IN_SCRIPTS)
def test_answers_in_scripts_with_combining_marks_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


OFF_TOPIC_IN_SCRIPTS = [
    pytest.param("योग करने के क्या फायदे हैं?",
                 "कल हमारे मोहल्ले में क्रिकेट मैच हुआ। रमेश ने शानदार शतक बनाया और उसकी टीम बीस रनों से जीत गई। मैच के "
                 "बाद सबने मिलकर समोसे और जलेबी खाई।", id="Hindi"),
    pytest.param("রবীন্দ্রনাথ ঠাকুর কে ছিলেন?",
                 "আজ ঢাকায় সারাদিন বৃষ্টি হয়েছে। রাস্তায় হাঁটুসমান পানি জমে যাওয়ায় অফিসগামী মানুষ খুব কষ্টে পড়েছেন। "
                 "বাজারে সবজির দামও বেড়ে গেছে।", id="Bengali"),
    pytest.param("தமிழ்நாட்டின் தலைநகரம் எது?",
                 "ஒரு பாத்திரத்தில் எண்ணெய் ஊற்றி கடுகு, வெங்காயம் சேர்த்து வதக்கவும். பிறகு தக்காளி, மஞ்சள் தூள், உப்பு "
                 "சேர்த்து பத்து நிமிடம் கொதிக்க விடவும்.", id="Tamil, a recipe listing its ingredients",
                 marks=xfail("missed, topic.trailing_gap: a recipe's comma list ('தக்காளி, மஞ்சள் தூள், உப்பு') reads as "
                             "instances of the topic (topic.enumerates), as in English; new in Tamil, whose words are "
                             "whole now")),
    pytest.param("தமிழ்நாட்டின் தலைநகரம் எது?",
                 "நேற்று எங்கள் பள்ளியில் கிரிக்கெட் போட்டி நடந்தது. எங்கள் அணி இருபது ஓட்டங்கள் வித்தியாசத்தில் வெற்றி "
                 "பெற்றது. போட்டி முடிந்ததும் அனைவரும் சேர்ந்து இனிப்பு சாப்பிட்டோம்.", id="Tamil, a school match"),
    pytest.param("ما هي فوائد شرب الماء؟",
                 "فاز فريق الأهلي أمس على الزمالك بهدفين مقابل هدف واحد في مباراة مثيرة، وسجل المهاجم هدف الفوز في "
                 "الدقيقة الأخيرة وسط فرحة الجماهير.", id="Arabic"),
    pytest.param("איך מכינים שקשוקה?",
                 "הרכבת לתל אביב התעכבה הבוקר בחצי שעה בגלל תקלה במסילה. הנוסעים חיכו ברציף ורבים מהם איחרו לעבודה.",
                 id="Hebrew"),
    pytest.param("چگونه استرس را کاهش دهیم؟",
                 "تیم فوتبال پرسپولیس دیشب در ورزشگاه آزادی با دو گل برنده شد. هواداران تا نیمه‌شب در خیابان‌ها جشن گرفتند.",
                 id="Persian"),
    pytest.param("Làm thế nào để học tiếng Anh hiệu quả?",
                 "Hôm qua đội bóng của trường tôi thắng ba không trong trận chung kết. Cả lớp đã ra sân cổ vũ và ăn mừng "
                 "đến tối.", id="Vietnamese"),
]


@pytest.mark.parametrize("prompt, output", OFF_TOPIC_IN_SCRIPTS)
def test_a_paragraph_on_something_else_in_the_questions_language_is_still_off_topic(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


LOOPS_IN_SCRIPTS = [
    pytest.param("योग करने के क्या फायदे हैं?", "योग शरीर और मन दोनों के लिए बहुत अच्छा है। " * 20, id="Hindi"),
    pytest.param("ما هي فوائد شرب الماء؟", "شرب الماء مفيد جدًا للصحة. " * 20, id="Arabic"),
    pytest.param("தமிழ்நாட்டின் தலைநகரம் எது?", "தமிழ்நாட்டின் தலைநகரம் சென்னை ஆகும்.\n" * 20, id="Tamil, a line"),
    pytest.param("איך מכינים שקשוקה?", "מטגנים בצל ומוסיפים עגבניות. " * 20, id="Hebrew"),
    pytest.param("แนะนำสถานที่ท่องเที่ยวในเชียงใหม่", "ดอยสุเทพเป็นสถานที่ท่องเที่ยวที่สวยงามมาก " * 20,
                 id="Thai, a base model's loop"),
    pytest.param("แนะนำสถานที่ท่องเที่ยวในเชียงใหม่",
                 "ดอยสุเทพ วัดพระธาตุดอยสุเทพ ถนนคนเดิน" + "\nเชียงใหม่เป็นเมืองที่สวยงาม" * 20,
                 id="Thai, an answer, then a loop"),
]


@pytest.mark.parametrize("prompt, output", LOOPS_IN_SCRIPTS)
def test_a_sentence_said_over_and_over_in_another_script_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


BASE_MODEL_QUESTIONS_IN_SCRIPTS = [
    pytest.param("भारत की सबसे लंबी नदी कौन सी है?",
                 "\nभारत की सबसे ऊँची चोटी कौन सी है?\nभारत का सबसे बड़ा राज्य कौन सा है?\nभारत की सबसे बड़ी झील कौन सी है?",
                 id="Hindi, more questions"),
    pytest.param("प्रश्न: भारत की सबसे लंबी नदी कौन सी है?\nउत्तर:",
                 " भारत की सबसे ऊँची चोटी कौन सी है?", id="Hindi, a question in the answer field"),
    pytest.param("ถาม: ประเทศไทยมีกี่จังหวัด\nตอบ:",
                 " ประเทศไทยมีกี่อำเภอ\nถาม: ประเทศไทยมีกี่ภาค\nตอบ: ประเทศไทยมีกี่ภาค\nถาม: ประเทศไทยมีกี่ภาค",
                 id="Thai, more questions"),
]


@pytest.mark.parametrize("prompt, output", BASE_MODEL_QUESTIONS_IN_SCRIPTS)
def test_a_base_model_writing_more_questions_in_another_script_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- 2. Questions: a request naming a question, a question asked for --------------------------------------

QUESTIONS = [
    # The request says "question" but wants an answer.
    pytest.param("Answer the following question: Why do leaves change colour in autumn?",
                 "Leaves change colour in autumn because trees stop making chlorophyll as the days get shorter. As the "
                 "green fades, the yellow and orange pigments that were there all along show through, and some trees "
                 "also make red anthocyanins.", id="'Answer the following question:', an explanation"),
    pytest.param(alpaca("Answer the following question: What is the largest ocean on Earth?"),
                 "The Pacific Ocean. It covers about a third of Earth's surface.", id="Alpaca, 'Answer the following'"),
    pytest.param(alpaca("Answer the following question: Is Pluto a planet?"),
                 "Is Pluto a planet? Not any more: in 2006 the International Astronomical Union reclassified it as a "
                 "dwarf planet.", id="Alpaca, the question said back, then answered"),
    pytest.param("I have a question about my sourdough starter: why does it smell like nail polish remover?",
                 "That acetone smell means your starter is hungry. The yeast and bacteria have used up their flour and "
                 "are making sharper by-products. Feed it more often, or use a higher ratio of flour and water to "
                 "starter (for example 1:5:5), and the smell should fade within a few days.",
                 id="'I have a question about X:'"),
    pytest.param("Quick question: can I freeze cooked rice?",
                 "Yes. Cool it quickly, within an hour, pack it flat in freezer bags, and it keeps for about a month. "
                 "Reheat it until it is steaming hot all the way through.", id="'Quick question:', yes and how"),
    pytest.param("Quick question - how many teaspoons are in a tablespoon?", "Three.",
                 id="'Quick question -', one word"),
    pytest.param("Here's a question for you: what's heavier, a kilo of feathers or a kilo of steel?",
                 "Neither: they both weigh one kilogram. The feathers just take up far more space.",
                 id="'Here's a question for you:'"),
    # The work asked for is a question, a title or a riddle.
    pytest.param("Give me a title for my essay about the history of coffee.", "Why Did the World Fall for Coffee?",
                 id="an essay title worded as a question"),
    pytest.param("Give me a title for my essay about the history of coffee.",
                 "Why Did the World Fall for Coffee? A History of the Bean from Ethiopia to Your Cup",
                 id="an essay title, a question and a subtitle"),
    pytest.param("Give me a catchy title for a YouTube video about budget travel in Japan.",
                 "Can You Travel Japan on $50 a Day?", id="a video title"),
    pytest.param("Ask me a riddle.", "What has keys but can't open a single lock?\n\n(Answer: a piano.)",
                 id="a riddle with its answer"),
    pytest.param("Make a question out of this sentence: The library closes at six.", "When does the library close?",
                 id="a sentence made a question"),
    pytest.param("Write a trivia question about space for a pub quiz.",
                 "Which planet has the longest day: it spins once every 243 Earth days?",
                 id="a trivia question",
                 marks=xfail("topic.trailing_gap: a quiz question names a planet, never 'space', 'trivia' or 'quiz'")),
    # Interviews, FAQs and lists of questions asked for.
    pytest.param("Write a short interview with a lighthouse keeper.",
                 "Q: How long have you kept this lighthouse?\nA: Twenty-two years this spring.\n\nQ: What's the hardest "
                 "part of the job?\nA: Winter storms. When the wind hits a hundred kilometres an hour, you don't sleep.\n"
                 "\nQ: Do you ever get lonely?\nA: Less than people think. The sea is good company.",
                 id="an interview asked for",
                 marks=xfail("turns.other_speaker, turns.thread: the Q:/A: lines of an interview asked for are read as "
                             "other speakers' turns (an interview is no piece whose topic follows its noun: 'with two "
                             "questions')")),
    pytest.param("Write three FAQs for a bike rental shop.",
                 "Q: Do I need to book in advance?\nA: Not on weekdays; at weekends we recommend booking online.\n\n"
                 "Q: Are helmets included?\nA: Yes, every rental comes with a helmet and a lock.\n\nQ: What if I get a "
                 "flat tyre?\nA: Call us and we'll bring a replacement bike within the hour.", id="FAQs asked for"),
    pytest.param("What are some common questions people ask in a job interview?",
                 "Some of the most common are:\n\n1. Tell me about yourself.\n2. Why do you want to work here?\n3. What "
                 "are your greatest strengths and weaknesses?\n4. Where do you see yourself in five years?\n5. Why "
                 "should we hire you?", id="common interview questions"),
    # A question asked for in another language than English, in a field for the reply.
    pytest.param(alpaca("Escribe una pregunta sobre el sistema solar."),
                 "¿Cuál es el planeta más grande del sistema solar?", id="Alpaca, a question asked for in Spanish"),
    pytest.param(alpaca("Schreibe eine Frage über das Sonnensystem."),
                 "Welcher Planet ist der größte im Sonnensystem?", id="Alpaca, a question asked for in German"),
    pytest.param(alpaca("इस वाक्य को प्रश्न में बदलिए: ट्रेन दोपहर में चलती है।"), "क्या ट्रेन दोपहर में चलती है?",
                 id="Alpaca, a Hindi sentence turned into a question"),
    pytest.param(alpaca("太陽系についての質問を一つ書いてください。"), "太陽系で一番大きい惑星はどれですか？",
                 id="Alpaca, a question asked for in Japanese"),
    pytest.param("सौर मंडल के बारे में एक प्रश्न लिखिए।", "सौर मंडल का सबसे बड़ा ग्रह कौन सा है?",
                 id="plain, a question asked for in Hindi"),
]


@pytest.mark.parametrize("prompt, output", QUESTIONS)
def test_answers_to_requests_naming_a_question_and_questions_asked_for_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


QUESTION_DRIFTS = [
    pytest.param(alpaca("Answer the following question: What is the largest ocean on Earth?"),
                 "What is the smallest ocean on Earth?", id="Alpaca, 'Answer the following', the next question"),
    pytest.param("Answer the following question: Who painted the Mona Lisa?",
                 "\nWho painted The Starry Night?\nWho painted The Last Supper?\nWho painted The Scream?",
                 id="'Answer the following', a list of new questions"),
    pytest.param("Quick question: can I freeze cooked rice?", " Can I freeze cooked pasta? Can I freeze bread?",
                 id="'Quick question:', more questions"),
    pytest.param("I have a question about my sourdough starter: why does it smell like nail polish remover?",
                 "\nI have a question about my sourdough bread: why is it so dense?",
                 id="'I have a question', the next one"),
    pytest.param("Give me a title for my essay about the history of coffee.",
                 "\nGive me a title for my essay about the history of tea.", id="a title request, the next request"),
]


@pytest.mark.parametrize("prompt, output", QUESTION_DRIFTS)
def test_new_questions_instead_of_an_answer_still_drift(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- 3. A question on a context given in fields -------------------------------------------------------------

REEF_CONTEXT = ("The Great Barrier Reef, off the coast of Queensland, Australia, is the world's largest coral reef "
                "system. It is made of over 2,900 individual reefs and can be seen from outer space. Rising sea "
                "temperatures have caused several mass bleaching events since 1998.")
REEF = f"Context: {REEF_CONTEXT}\nQuestion: What has caused mass bleaching on the reef?"
CURIE = ("Passage: Marie Curie was born in Warsaw in 1867. She moved to Paris in 1891 to study physics and "
         "mathematics at the Sorbonne. In 1903 she shared the Nobel Prize in Physics, and in 1911 she won the Nobel "
         "Prize in Chemistry alone.\nQ: In which city was Marie Curie born?\nA:")
STORE = ("Document: Our store is open Monday to Friday from 9 am to 6 pm and on Saturdays from 10 am to 4 pm. We are "
         "closed on Sundays and public holidays. Returns are accepted within 30 days with a receipt.\n"
         "Query: Can I return something I bought three weeks ago?")
EIFFEL = ("Contexto: La Torre Eiffel fue construida entre 1887 y 1889 para la Exposición Universal de París. Mide 330 "
          "metros de altura y fue la estructura más alta del mundo hasta 1930.\n"
          "Pregunta: ¿Para qué se construyó la Torre Eiffel?\nRespuesta:")
FUJI = ("文脈: 富士山は静岡県と山梨県にまたがる日本最高峰の山で、標高は3776メートルです。2013年に世界文化遺産に登録されました。\n"
        "質問: 富士山が世界文化遺産に登録されたのは何年ですか？\n回答:")
RHINE = ("Kontext: Der Rhein ist mit rund 1.230 Kilometern einer der längsten Flüsse Europas. Er entspringt in den "
         "Schweizer Alpen und mündet in den Niederlanden in die Nordsee.\nFrage: Wo mündet der Rhein?\nAntwort:")

CONTEXT_QUESTIONS = [
    pytest.param(f"{REEF}\nAnswer:", " Rising sea temperatures.", id="a span"),
    pytest.param(f"{REEF}\nAnswer:", " Rising sea temperatures have caused several mass bleaching events since 1998.",
                 id="the context's sentence lifted"),
    pytest.param(f"{REEF}\nAnswer:",
                 " Rising sea temperatures. When the water gets too warm, corals expel the algae that live in their "
                 "tissues and give them their colour and most of their food, so they turn white.",
                 id="a span, then an explanation"),
    pytest.param(REEF, "According to the context, rising sea temperatures have caused the mass bleaching events on the "
                 "reef since 1998.", id="no Answer: field, 'According to the context'"),
    pytest.param(f"USER: {REEF}\nASSISTANT:", " Rising sea temperatures have caused the mass bleaching events.",
                 id="USER/ASSISTANT"),
    pytest.param(f"### Human: {REEF}\n### Assistant:",
                 " The bleaching was caused by rising sea temperatures; there have been several mass events since 1998.",
                 id="### Human/### Assistant"),
    pytest.param(chatml(REEF), "Rising sea temperatures.", id="ChatML, a span"),
    pytest.param(llama2(REEF), " Rising sea temperatures have caused several mass bleaching events since 1998.",
                 id="Llama-2, the sentence lifted"),
    pytest.param(human_bot(REEF), " Rising sea temperatures.", id="<human>/<bot>, a span"),
    pytest.param(alpaca(REEF), "Rising sea temperatures have caused several mass bleaching events on the reef since 1998.",
                 id="Alpaca, the sentence lifted"),
    pytest.param(f"Context: {REEF_CONTEXT}\nQuestion: How many reefs is it made of?\nAnswer:",
                 " It is made of over 2,900 individual reefs.", id="a count, its sentence lifted"),
    pytest.param("Read the passage and answer the question.\n\nPassage: The koala is a marsupial native to Australia. "
                 "It feeds almost only on eucalyptus leaves, which are low in energy, so it sleeps up to 20 hours a "
                 "day.\n\nQuestion: Why do koalas sleep so much?",
                 "Because their diet of eucalyptus leaves is low in energy, koalas sleep up to 20 hours a day to save it.",
                 id="an instruction, then Passage/Question"),
    pytest.param(CURIE, " Marie Curie was born in Warsaw in 1867.", id="Passage/Q/A, the sentence lifted"),
    pytest.param(STORE, "Yes. Returns are accepted within 30 days with a receipt, so three weeks is fine as long as you "
                 "still have it.", id="Document/Query"),
    pytest.param(STORE.replace("Can I return something I bought three weeks ago?", "How long do I have to return something?"),
                 "Returns are accepted within 30 days with a receipt.", id="Document/Query, the sentence lifted"),
    pytest.param(EIFFEL, " Se construyó para la Exposición Universal de París de 1889.", id="Spanish fields"),
    pytest.param(FUJI, " 2013年に世界文化遺産に登録されました。", id="Japanese fields, the sentence lifted"),
    pytest.param(RHINE, " Der Rhein mündet in den Niederlanden in die Nordsee.", id="German fields"),
    pytest.param("संदर्भ: ताजमहल आगरा में यमुना नदी के किनारे स्थित है। इसे मुग़ल बादशाह शाहजहाँ ने अपनी पत्नी मुमताज़ "
                 "महल की याद में बनवाया था।\nप्रश्न: ताजमहल किसने बनवाया था?\nउत्तर:",
                 " ताजमहल मुग़ल बादशाह शाहजहाँ ने अपनी पत्नी मुमताज़ महल की याद में बनवाया था।", id="Hindi fields"),
    pytest.param(f"USER: {REEF}\nASSISTANT: Rising sea temperatures.\nUSER: And how many reefs is it made of?\nASSISTANT:",
                 " It is made of over 2,900 individual reefs.", id="a chat's second turn on the context"),
]


@pytest.mark.parametrize("prompt, output", CONTEXT_QUESTIONS)
def test_answers_taken_from_a_context_given_in_fields_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


CONTEXT_DRIFTS = [
    pytest.param(f"{REEF}\nAnswer:", " " + REEF_CONTEXT, id="the context said back whole"),
    pytest.param(chatml(REEF), REEF_CONTEXT, id="ChatML, the context said back whole"),
    pytest.param(f"{REEF}\nAnswer:",
                 " Rising sea temperatures.\nQuestion: How many reefs make up the Great Barrier Reef?\nAnswer: Over "
                 "2,900.\nQuestion: Where is the reef?\nAnswer: Off the coast of Queensland.",
                 id="an answer, then more question and answer pairs"),
    pytest.param(CURIE,
                 " Warsaw.\n\nPassage: Isaac Newton was born in Woolsthorpe in 1643. He studied at Cambridge.\nQ: Where "
                 "did Newton study?\nA: Cambridge.", id="Passage/Q/A, an answer, then a new example"),
    pytest.param(f"{REEF}\nAnswer:", " What causes coral bleaching in other oceans?",
                 id="a new question instead of an answer"),
    pytest.param(STORE, "\nQuery: Are you open on Sundays?\nQuery: Can I return something without a receipt?",
                 id="Document/Query, more queries"),
]


@pytest.mark.parametrize("prompt, output", CONTEXT_DRIFTS)
def test_the_context_said_back_or_new_fields_still_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


# --- 4. The next request: a line opening as the request does --------------------------------------------------

# A closing paragraph of its own opening with the request's first two words, addressing the reader ("Tell me if
# you want ...", "Give me a shout if ...", "Write a short thank-you note ... if you get an interview"): an offer
# or a tip of the reply's, not the next request.
CLOSING_PARAGRAPHS = [
    pytest.param("Write a cover letter for a marketing assistant job at a bookshop.",
                 "Dear Ms Harper,\n\nI am writing to apply for the Marketing Assistant position at Chapter & Verse. I "
                 "have run the social media accounts of my university's literary society for two years, growing its "
                 "following from 300 to 2,000, and I organised three author events that sold out.\n\nI love books and "
                 "I love telling people about them; I would be glad to bring both to your team.\n\nYours sincerely,\n"
                 "Jamie Lee\n\nWrite a short thank-you note to the interviewer as well if you get an interview; it "
                 "helps you stand out.", id="a letter, then a tip paragraph opening 'Write a short'"),
    pytest.param("Summarize the plot of Romeo and Juliet.",
                 "Two young lovers from feuding families in Verona, Romeo Montague and Juliet Capulet, marry in secret. "
                 "After Romeo kills Juliet's cousin Tybalt in a fight, he is banished. Juliet fakes her death to escape "
                 "an arranged marriage, but the message explaining the plan never reaches Romeo. Believing she is dead, "
                 "he poisons himself at her tomb; she wakes, finds him dead, and stabs herself. Their deaths finally "
                 "reconcile the two families.\n\nTell me if you want more detail on any act.",
                 id="a summary, then 'Tell me if'"),
    pytest.param("Tell me about the history of the bicycle.",
                 "The first bicycle-like machine was Karl Drais's 'running machine' of 1817, pushed along with the feet. "
                 "Pedals were added to the front wheel in the 1860s, and the high-wheeled 'penny-farthing' followed in "
                 "the 1870s. The 'safety bicycle' of 1885, with equal wheels and a chain drive, is the design we still "
                 "ride today; pneumatic tyres arrived a few years later.\n\nTell me if you'd like to know more about any "
                 "of these models.", id="'Tell me about' request, closing 'Tell me if'"),
    pytest.param("Tell me a fun fact about octopuses.",
                 "Octopuses have three hearts and blue blood: two hearts pump blood through the gills and the third "
                 "pumps it round the body.\n\nTell me if you want another one!",
                 id="'Tell me a fun fact', closing 'Tell me if'"),
    pytest.param("Give me a recipe for banana bread.",
                 "Mash 3 ripe bananas. Stir in 75 g melted butter, 150 g sugar, 1 egg and 1 tsp vanilla. Add 1 tsp "
                 "baking soda, a pinch of salt and 190 g flour, and mix until just combined. Bake in a lined loaf tin "
                 "at 175 °C for about 60 minutes, until a skewer comes out clean.\n\nGive it a try with walnuts or "
                 "chocolate chips for a twist.", id="a recipe, closing 'Give it a try'"),
    pytest.param("Give me some ideas for a rainy day with kids.",
                 "- Build a blanket fort and read stories inside it.\n- Bake and decorate biscuits.\n- Hold an indoor "
                 "treasure hunt with clues.\n- Put on a puppet show with socks.\n- Do a jigsaw puzzle together.\n\nGive "
                 "me a shout if you need ideas for older kids too.", id="ideas, closing 'Give me a shout'"),
    pytest.param("Write a short bio for my LinkedIn profile. I'm a nurse who moved into health data analysis.",
                 "Registered nurse turned health data analyst. After eight years on hospital wards, I now use SQL and "
                 "Python to help clinical teams understand patient flow, reduce waiting times and plan staffing. I "
                 "bring a clinician's eye to every dataset.\n\nWrite a line about your hobbies at the end if you want it "
                 "to feel more personal.", id="a bio, closing 'Write a line'"),
    pytest.param("Tell me how to make cold brew coffee.",
                 "1. Mix 100 g of coarsely ground coffee with 1 litre of cold water in a jar.\n2. Stir, cover and leave "
                 "it in the fridge for 12 to 18 hours.\n3. Strain it through a paper filter or a fine cloth.\n4. Dilute "
                 "with water or milk to taste and serve over ice.\n\nTell me what equipment you have and I can adjust "
                 "the method.", id="steps, closing 'Tell me what'"),
    pytest.param("Write a thank-you note to my neighbour for watering my plants.",
                 "Dear Mrs Okafor,\n\nThank you so much for watering my plants while I was away. They look happier than "
                 "when I left! Please enjoy these biscuits as a small thank-you.\n\nWarm wishes,\nSara\n\nWrite it by "
                 "hand on a card if you can; it feels more personal.", id="a note, closing 'Write it by hand'"),
    pytest.param("Tell me a fun fact about octopuses.",
                 "Octopuses have three hearts and blue blood.\nTell me if you want another one!",
                 id="a fact, then 'Tell me if' on the next line, no paragraph of its own"),
    pytest.param("Tell me about Paris.",
                 "Paris, the capital of France, sits on the Seine and is known for the Eiffel Tower, the Louvre, "
                 "Notre-Dame and its cafés. About two million people live in the city itself.\n\nTell me more about "
                 "what you enjoy, such as art, food or history, and I can suggest an itinerary.",
                 id="'Tell me about' request, closing 'Tell me more about what you enjoy'"),
    pytest.param("Write a haiku about winter.",
                 "Bare branches at dawn\nthe pond holds its breath in ice\na crow shakes off snow\n\nWrite back if you'd "
                 "like one in a different mood.", id="a haiku, closing 'Write back if'"),
    pytest.param("Tell me a joke about cats.",
                 "Why did the cat sit on the computer? To keep an eye on the mouse.\n\nTell me if you want a dog joke "
                 "next!", id="a joke, closing 'Tell me if'"),
]


@pytest.mark.parametrize("prompt, output", CLOSING_PARAGRAPHS)
def test_replies_closing_with_a_paragraph_of_advice_or_an_offer_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


NEXT_REQUESTS = [
    pytest.param("Tell me a joke about cats.",
                 "Why did the cat sit on the computer? To keep an eye on the mouse.\n\nTell me a joke about dogs.",
                 id="a joke, then the next request"),
    pytest.param("Write a haiku about winter.",
                 "Bare branches at dawn\nthe pond holds its breath in ice\na crow shakes off snow\n\nWrite a haiku about "
                 "summer.", id="a haiku, then the next request"),
    pytest.param("Give me three tips for saving money.",
                 "1. Cook at home.\n2. Cancel subscriptions you don't use.\n3. Set up an automatic transfer to savings "
                 "on payday.\nGive me three tips for saving time.",
                 id="tips, then the request's frame again on the next line"),
    pytest.param("Write a short bio for a baker.",
                 "Maria has baked bread in Lisbon for twenty years, rising at 4 am to fire the oven her grandfather "
                 "built.\n\nWrite a short bio for a florist.\n\nTom has arranged flowers in Leeds for ten years.",
                 id="a bio, then the next request and its answer"),
    pytest.param("Tell me about the history of the bicycle.",
                 "The first bicycle-like machine was Karl Drais's running machine of 1817.\n\nTell me about the "
                 "history of the car.", id="a history, then the next request"),
    pytest.param("Give me three tips for saving money.",
                 "1. Cook at home.\n2. Cancel subscriptions you don't use.\n3. Automate savings on payday.\n\nGive me "
                 "five ideas for a birthday party.", id="tips, then another request of the same opening"),
]


@pytest.mark.parametrize("prompt, output", NEXT_REQUESTS)
def test_the_next_request_after_the_reply_still_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
