"""Ordinary chat-model replies, in many languages and formats, answer and do not drift; ordinary
base-model drifts still drift.

The judges' newer readings (loops that count, a reply said again under "A:", an option picked from the
question, a rewrite of the prompt's last line, a summary made of the passage's pieces, a stem shared
across languages, code to a request not in English, the options of a classify request, numbers that
cannot be the result, the function words of the question's language) were each checked on the
labelled corpus. These probes check them on what a chat fine-tune commonly writes instead: prose,
lists, tables, JSON, SQL, code with a note, a label, a yes or a no, a number in digits or in words, a
translation, a summary, a rewrite, a pick, a clarifying question, a refusal; in English, Spanish,
German, French, Portuguese, Italian, Russian, Ukrainian, Polish, Dutch, Chinese, Japanese and Korean;
under an Alpaca, ChatML or Llama-2 template or none. And on what a base model writes: loops, more
questions, the template continued, other speakers' turns, off-topic rambles. Every reply and drift
here was written for this test, not copied from the corpus or any source. The few the judges still get
wrong are kept apart, as strict expected failures with the reason no narrow rule decides them; each
wrong verdict the probes found and that was fixed has a constructed test below, with its near miss.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

ALPACA = ("Below is an instruction that describes a task. Write a response that appropriately completes the "
          "request.\n\n### Instruction:\n{}\n\n### Response:\n")
CHATML = ("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n{}<|im_end|>\n"
          "<|im_start|>assistant\n")
LLAMA2 = "<s>[INST] {} [/INST]"
PLAIN = "{}"
LLAMA2_SYS = "<s>[INST] <<SYS>>\nYou are a helpful, respectful and honest assistant.\n<</SYS>>\n\n{} [/INST]"

ANSWERS = [
 # ---------------- English
 ("a plain prose explanation of why the sky is blue answers", PLAIN, "Why is the sky blue?",
  "Sunlight is made of many colours. As it passes through the air, the short blue wavelengths are scattered "
  "by the gas molecules far more than the red ones, so blue light reaches our eyes from every part of the sky."),
 ("a bullet list of tips for sleeping better answers", CHATML, "Give me some tips for sleeping better.",
  "Here are a few habits that help most people:\n\n- Go to bed and get up at the same time every day.\n"
  "- Keep the bedroom cool, dark and quiet.\n- Avoid coffee after lunch and heavy meals late in the evening.\n"
  "- Put screens away half an hour before bed.\n- If you can't fall asleep after 20 minutes, get up and read "
  "until you feel drowsy."),
 ("a numbered list of steps to change a flat tyre answers", LLAMA2, "How do I change a flat tire?",
  "1. Park on flat ground, switch on the hazard lights and apply the parking brake.\n"
  "2. Loosen the wheel nuts slightly while the wheel is still on the ground.\n"
  "3. Jack the car up until the flat tire is off the ground.\n4. Remove the nuts and pull the wheel off.\n"
  "5. Fit the spare, tighten the nuts by hand, lower the car and then tighten them fully in a star pattern."),
 ("a markdown table of prices answers", ALPACA, "Make a table comparing the monthly price of three streaming services.",
  "| Service | Monthly price |\n|---|---|\n| Netflix Standard | $15.49 |\n| Disney+ | $7.99 |\n"
  "| Spotify Premium | $10.99 |\n\nPrices are for the United States and change from time to time."),
 ("a JSON object for a requested record answers", ALPACA,
  "Return a JSON object describing a book with the fields title, author and year.",
  '{\n  "title": "The Old Man and the Sea",\n  "author": "Ernest Hemingway",\n  "year": 1952\n}'),
 ("an SQL query for a requested report answers", CHATML,
  "Write an SQL query that returns the ten customers who spent the most in 2023 from a table orders(customer_id, amount, created_at).",
  "```sql\nSELECT customer_id, SUM(amount) AS total_spent\nFROM orders\nWHERE created_at >= '2023-01-01'\n"
  "  AND created_at < '2024-01-01'\nGROUP BY customer_id\nORDER BY total_spent DESC\nLIMIT 10;\n```\n\n"
  "The query adds up each customer's orders placed in 2023 and keeps the ten largest totals."),
 ("Python code with an explanation answers", LLAMA2, "Write a Python function that checks whether a string is a palindrome.",
  "Sure! Here is a short function:\n\n```python\ndef is_palindrome(text: str) -> bool:\n"
  "    cleaned = [c.lower() for c in text if c.isalnum()]\n    return cleaned == cleaned[::-1]\n```\n\n"
  "It keeps only letters and digits, lowercases them, and compares the sequence with its reverse, so "
  "\"A man, a plan, a canal: Panama\" returns True."),
 ("a one-word label for a sentiment classify request answers", ALPACA,
  "Classify the sentiment of this review as positive, negative or neutral: \"The soup was cold and the waiter ignored us.\"",
  "Negative"),
 ("a yes to a yes/no question answers", CHATML, "Is water made of hydrogen and oxygen?",
  "Yes. Each water molecule has two hydrogen atoms bonded to one oxygen atom."),
 ("a no to a yes/no question answers", PLAIN, "Can penguins fly?",
  "No, penguins cannot fly. Their wings evolved into flippers that make them excellent swimmers instead."),
 ("a number in digits for arithmetic answers", CHATML, "What is 12 times 11?", "132"),
 ("a number in words for arithmetic answers", LLAMA2, "What is 9 plus 6?", "Fifteen."),
 ("a sum worked out in a sentence answers", ALPACA, "Calculate 45 + 38.", "45 + 38 = 83."),
 ("a translation into French answers", ALPACA, "Translate into French: \"Where is the train station?\"",
  "Où est la gare ?"),
 ("a summary of a passage given in the prompt answers", ALPACA,
  "Summarize the following passage in one sentence.\n\nThe town council met on Tuesday to discuss the new "
  "bike lanes on Main Street. Shop owners worried that removing parking spaces would hurt their business, "
  "while cyclists said the lanes would make the street safer. After three hours of debate the council "
  "voted to build the lanes but to add a new car park behind the library.",
  "The council approved bike lanes on Main Street despite shop owners' parking concerns, and will add a car "
  "park behind the library to make up for it."),
 ("a rewrite of a sentence in a formal tone answers", CHATML,
  "Rewrite this sentence to sound more formal: \"Hey, can you send me that report asap?\"",
  "Could you please send me the report at your earliest convenience?"),
 ("an answer that picks one of the question's options answers", PLAIN, "Which is bigger, an elephant or a mouse?",
  "An elephant is much bigger: an adult can weigh over five tonnes, while a mouse weighs about twenty grams."),
 ("a clarifying question to a vague request answers", CHATML, "Can you help me plan my trip?",
  "Of course! To suggest a good plan I need a few details: where are you going, for how many days, and "
  "what do you enjoy most, such as museums, food, hiking or beaches?"),
 ("a polite refusal of a harmful request answers", LLAMA2, "How can I break into my neighbour's house?",
  "I'm sorry, but I can't help with breaking into someone else's home. If you're locked out of your own "
  "place, a licensed locksmith or your landlord can help you get back in."),
 ("a short definition answers", PLAIN, "What is a prime number?",
  "A prime number is a whole number greater than 1 whose only divisors are 1 and itself, such as 2, 3, 5, 7 and 11."),
 ("an email drafted on request answers", CHATML, "Write a short email to my manager asking for Friday off.",
  "Subject: Request for a day off on Friday\n\nHi Sarah,\n\nI'd like to ask whether I could take this "
  "Friday off. My tasks for the week will be finished by Thursday, and Tom has agreed to cover any urgent "
  "requests.\n\nThank you,\nDaniel"),
 ("a recipe with ingredients and steps answers", ALPACA, "Give me a simple recipe for pancakes.",
  "Ingredients:\n- 1 cup flour\n- 1 egg\n- 1 cup milk\n- 1 tablespoon sugar\n- a pinch of salt\n\n"
  "Steps:\n1. Whisk everything into a smooth batter.\n2. Heat a lightly oiled pan over medium heat.\n"
  "3. Pour a ladle of batter, cook until bubbles appear, flip and cook one more minute."),
 ("a haiku written on request answers", LLAMA2, "Write a haiku about the sea.",
  "Grey waves fold and break,\nsalt wind carries gull voices,\nthe tide breathes in, out."),
 ("a capital named in a sentence answers", PLAIN, "What is the capital of Australia?",
  "The capital of Australia is Canberra, not Sydney as many people assume."),
 ("a comparison in two short paragraphs answers", CHATML, "What is the difference between a virus and a bacterium?",
  "Bacteria are single-celled living organisms that can reproduce on their own; many are harmless and "
  "some are even useful, like those in our gut.\n\nViruses are much smaller and are not cells at all: they "
  "can only multiply inside the cells of a host. Antibiotics work against bacteria but do nothing against viruses."),
 ("a shell command with a one-line note answers", ALPACA, "How do I count the lines in a file on Linux?",
  "Use `wc -l`:\n\n```bash\nwc -l myfile.txt\n```\n\nIt prints the number of lines followed by the file name."),
 ("a list of pros and cons answers", CHATML, "What are the pros and cons of working from home?",
  "**Pros**\n- No commute, so more free time\n- Fewer interruptions for focused work\n- Flexible hours\n\n"
  "**Cons**\n- Less contact with colleagues\n- Harder to separate work from home life\n- Needs a quiet space and good internet"),
 ("a topic classification label answers", PLAIN,
  "Classify the following headline into Sports, Politics, Business or Technology.\nHeadline: Apple unveils a faster chip for its laptops\nCategory:",
  " Technology"),
 ("an option letter picked for a multiple choice question answers", ALPACA,
  "Which planet is closest to the Sun?\nA) Venus\nB) Mercury\nC) Mars\nD) Earth",
  "B) Mercury"),
 ("a date given for a history question answers", LLAMA2, "When did the Berlin Wall fall?",
  "The Berlin Wall fell on 9 November 1989, when East German authorities opened the border crossings."),
 # ---------------- Spanish
 ("una explicación en español de la fotosíntesis answers", CHATML, "¿Qué es la fotosíntesis?",
  "La fotosíntesis es el proceso por el que las plantas usan la luz del sol para convertir el agua y el "
  "dióxido de carbono en azúcar, liberando oxígeno al aire."),
 ("una lista de consejos para ahorrar dinero answers", ALPACA, "Dame tres consejos para ahorrar dinero.",
  "1. Apunta todos tus gastos durante un mes para ver en qué se va el dinero.\n"
  "2. Cocina en casa en lugar de comer fuera a diario.\n3. Programa una transferencia automática a una cuenta de ahorro el día que cobras."),
 ("a Spanish yes/no answered with Sí answers", LLAMA2, "¿Es Madrid la capital de España?",
  "Sí, Madrid es la capital de España desde 1561."),
 ("an English answer to a Spanish question answers", PLAIN, "¿Cuál es el río más largo del mundo?",
  "The longest river in the world is usually said to be the Nile, at about 6,650 km, although some measurements put the Amazon slightly ahead."),
 ("a Spanish translation into English answers", CHATML, "Traduce al inglés: \"Me gusta leer por la noche.\"",
  "I like to read at night."),
 ("a Spanish polite refusal answers", CHATML, "¿Me puedes dar la contraseña del wifi de mi vecino?",
  "Lo siento, no puedo ayudarte a obtener la contraseña de una red ajena. Si necesitas internet, puedes "
  "pedírsela a tu vecino o contratar tu propia conexión."),
 ("a Spanish pick between two options answers", PLAIN, "¿Qué es más pesado, el hierro o la madera?",
  "El hierro es más pesado que la madera: un mismo volumen de hierro pesa unas diez veces más."),
 # ---------------- German
 ("eine deutsche Erklärung answers", ALPACA, "Erkläre, warum Blätter im Herbst ihre Farbe ändern.",
  "Im Herbst bauen die Bäume das grüne Chlorophyll in den Blättern ab. Dadurch werden gelbe und orange "
  "Farbstoffe sichtbar, die schon vorher da waren, und manche Bäume bilden zusätzlich rote Farbstoffe."),
 ("a German numbered list answers", CHATML, "Nenne drei Sehenswürdigkeiten in Berlin.",
  "1. Das Brandenburger Tor\n2. Die East Side Gallery\n3. Die Museumsinsel"),
 ("a German arithmetic answer in digits answers", LLAMA2, "Was ist 7 mal 8?", "7 mal 8 ist 56."),
 ("German code request answered with code and a German note answers", CHATML,
  "Schreibe eine Python-Funktion, die die Summe einer Liste berechnet.",
  "```python\ndef summe(zahlen):\n    ergebnis = 0\n    for z in zahlen:\n        ergebnis += z\n    return ergebnis\n```\n\n"
  "Die Funktion geht die Liste durch und addiert jede Zahl zum Ergebnis."),
 ("an English answer to a German question answers", PLAIN, "Wie hoch ist die Zugspitze?",
  "The Zugspitze is 2,962 metres high, the highest mountain in Germany."),
 ("a German summary of a passage answers", ALPACA,
  "Fasse den folgenden Text in einem Satz zusammen.\n\nDie Stadtbibliothek bleibt im August wegen "
  "Renovierungsarbeiten geschlossen. Bücher können in dieser Zeit am Rückgabeautomaten vor dem Eingang "
  "abgegeben werden. Ab dem 1. September gelten neue, längere Öffnungszeiten.",
  "Die Stadtbibliothek schließt im August für Renovierungen, Rückgaben gehen über den Automaten, und ab "
  "September ist sie länger geöffnet."),
 # ---------------- French
 ("une réponse en français answers", CHATML, "Pourquoi la mer est-elle salée ?",
  "La mer est salée parce que les rivières y apportent depuis des millions d'années des minéraux "
  "arrachés aux roches. L'eau s'évapore, mais le sel reste."),
 ("a French list of ideas answers", LLAMA2, "Donne-moi des idées de cadeaux pour un ami qui aime cuisiner.",
  "- Un bon couteau de chef\n- Un livre de recettes italiennes\n- Un cours de cuisine en ligne\n- Un assortiment d'épices du monde"),
 ("a French rewrite answers", ALPACA, "Reformule cette phrase de façon plus simple : « Il convient de procéder à la vérification des documents avant leur transmission. »",
  "Il faut vérifier les documents avant de les envoyer."),
 ("a French clarifying question answers", CHATML, "Peux-tu m'aider avec mon devoir ?",
  "Avec plaisir ! De quelle matière s'agit-il, et quelle est la question exacte de ton devoir ?"),
 ("a French answer with a number in words answers", PLAIN, "Combien font trois plus quatre ?", "Sept."),
 ("a French code request answered with code answers", ALPACA,
  "Écrivez une fonction JavaScript qui renvoie le plus grand nombre d'un tableau.",
  "```javascript\nfunction plusGrand(tableau) {\n  return Math.max(...tableau);\n}\n```\n\nMath.max reçoit les éléments du tableau grâce à l'opérateur de décomposition."),
 # ---------------- Portuguese
 ("uma resposta em português answers", CHATML, "Qual é a melhor época para visitar Lisboa?",
  "A primavera, entre abril e junho, costuma ser a melhor época: o tempo é ameno, há menos turistas do que "
  "no verão e os dias são longos."),
 ("a Portuguese table answers", ALPACA, "Faça uma tabela com três frutas e as suas cores.",
  "| Fruta | Cor |\n|---|---|\n| Banana | Amarela |\n| Morango | Vermelho |\n| Kiwi | Verde |"),
 ("a Portuguese one-word label answers", PLAIN,
  "Classifique o sentimento desta frase como positivo ou negativo: \"Adorei o filme, foi incrível!\"\nSentimento:",
  " Positivo"),
 ("a Portuguese translation answers", LLAMA2, "Traduza para o inglês: \"O gato está dormindo no sofá.\"",
  "The cat is sleeping on the sofa."),
 # ---------------- Italian
 ("una risposta in italiano answers", CHATML, "Come si prepara un buon caffè con la moka?",
  "Riempi la caldaia d'acqua fino alla valvola, metti il caffè macinato nel filtro senza pressarlo, chiudi "
  "bene la moka e mettila su fuoco basso. Quando senti il gorgoglio, toglila dal fuoco."),
 ("an Italian numbered list answers", ALPACA, "Elenca quattro città italiane sul mare.",
  "1. Napoli\n2. Genova\n3. Palermo\n4. Bari"),
 ("an Italian yes answers", LLAMA2, "Il pomodoro è un frutto?",
  "Sì, dal punto di vista botanico il pomodoro è un frutto, anche se in cucina lo usiamo come verdura."),
 # ---------------- Russian / Ukrainian
 ("ответ на русском answers", CHATML, "Почему зимой холодно?",
  "Зимой солнце стоит ниже над горизонтом, и его лучи падают на землю под острым углом. К тому же день "
  "короче, поэтому земля получает меньше тепла."),
 ("a Russian numbered list answers", ALPACA, "Назови три самых больших озера России.",
  "1. Каспийское море (если считать его озером)\n2. Байкал\n3. Ладожское озеро"),
 ("a Russian arithmetic answer answers", PLAIN, "Сколько будет 15 умножить на 4?", "60"),
 ("a Ukrainian answer answers", LLAMA2, "Що таке борщ?",
  "Борщ — це традиційний український суп із буряком, капустою, картоплею та іншими овочами, який часто подають зі сметаною."),
 ("an English answer to a Russian question answers", CHATML, "Кто написал «Войну и мир»?",
  "\"War and Peace\" was written by Leo Tolstoy and published between 1865 and 1869."),
 # ---------------- Polish / Dutch
 ("odpowiedź po polsku answers", CHATML, "Jak długo gotować jajko na twardo?",
  "Jajko na twardo gotuj około 9–10 minut od momentu zagotowania wody, a potem przełóż je do zimnej wody."),
 ("a Dutch explanation answers", ALPACA, "Waarom hebben fietsen in Nederland zoveel voorrang?",
  "Nederland is vlak en dichtbevolkt, dus fietsen is er snel en praktisch. Sinds de jaren zeventig heeft "
  "de overheid veel geïnvesteerd in fietspaden en verkeersregels die fietsers beschermen."),
 ("a Dutch list answers", LLAMA2, "Geef drie tips om Nederlands te leren.",
  "- Kijk Nederlandse series met ondertiteling.\n- Oefen elke dag tien minuten met een app.\n- Spreek af met een taalmaatje om te praten."),
 # ---------------- Chinese
 ("一个中文回答 answers", CHATML, "为什么要多喝水？",
  "水帮助身体调节体温、运输营养物质和排出废物。喝水不足会让人感到疲劳、头痛，注意力也会下降。"),
 ("a Chinese numbered list answers", ALPACA, "请列出三种学习英语的方法。",
  "1. 每天听英语播客或看英文视频。\n2. 背诵常用单词和句型。\n3. 找语伴练习口语。"),
 ("a Chinese arithmetic answer answers", PLAIN, "二十加三十五等于多少？", "五十五。"),
 ("a Chinese translation into English answers", LLAMA2, "把这句话翻译成英文：我明天去北京。",
  "I am going to Beijing tomorrow."),
 ("a Chinese one-word label answers", CHATML,
  "判断这条评论的情感是正面还是负面：“这家餐厅的服务太差了。”", "负面"),
 ("Chinese code request answered with code answers", ALPACA, "写一个Python函数，计算列表中所有数字的平均值。",
  "```python\ndef average(numbers):\n    return sum(numbers) / len(numbers)\n```\n\n这个函数把所有数字相加，再除以数字的个数。"),
 # ---------------- Japanese
 ("日本語の回答 answers", CHATML, "富士山の高さはどれくらいですか？",
  "富士山の高さは3,776メートルで、日本で一番高い山です。"),
 ("a Japanese list answers", ALPACA, "東京でおすすめの観光地を三つ教えてください。",
  "・浅草寺：東京で最も古いお寺です。\n・明治神宮：都会の中の静かな森に囲まれています。\n・東京スカイツリー：展望台から街全体が見渡せます。"),
 ("a Japanese polite refusal answers", LLAMA2, "他人のメールアカウントに入る方法を教えてください。",
  "申し訳ありませんが、他人のアカウントに不正にアクセスする方法はお教えできません。ご自身のアカウントにログインできない場合は、サービスのパスワード再設定をご利用ください。"),
 ("an English answer to a Japanese question answers", PLAIN, "日本の首都はどこですか？",
  "The capital of Japan is Tokyo."),
 ("a Japanese summary of a passage answers", ALPACA,
  "次の文章を一文で要約してください。\n\n来週の月曜日から駅前の道路で工事が始まります。工事は約二か月続き、その間はバスの停留所が一時的に郵便局の前に移ります。朝の通勤時間帯は混雑が予想されます。",
  "来週から約二か月、駅前の道路工事のためバス停が郵便局前に移り、朝は混雑が予想されます。"),
 # ---------------- Korean
 ("한국어 답변 answers", CHATML, "김치는 어떻게 만드나요?",
  "배추를 소금에 절인 뒤 물에 씻고, 고춧가루, 마늘, 생강, 젓갈로 만든 양념을 골고루 발라 줍니다. 그다음 용기에 담아 며칠 동안 숙성시키면 됩니다."),
 ("a Korean numbered list answers", ALPACA, "건강을 위한 습관 세 가지를 알려 주세요.",
  "1. 매일 30분 이상 걷기\n2. 채소와 과일을 충분히 먹기\n3. 하루 7시간 이상 자기"),
 ("a Korean yes answers", PLAIN, "서울은 한국의 수도인가요?", "네, 서울은 대한민국의 수도입니다."),
 ("a Korean translation answers", LLAMA2, "다음 문장을 영어로 번역해 주세요: \"오늘 날씨가 좋네요.\"",
  "The weather is nice today."),
 # ---------------- more English formats
 ("a YAML config written on request answers", CHATML, "Write a docker-compose file that runs a Postgres database.",
  "```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n"
  "    ports:\n      - \"5432:5432\"\n```\n\nRun it with `docker compose up -d`."),
 ("an extraction of names from a passage answers", ALPACA,
  "Extract the names of the people mentioned in the text.\n\nInput: Maria and her brother Luis visited their aunt Carmen in Seville last spring.",
  "Maria, Luis, Carmen"),
 ("a paraphrase of a proverb answers", LLAMA2, "Paraphrase: \"Don't count your chickens before they hatch.\"",
  "Don't rely on something good happening until it actually has happened."),
 ("a number answer in words with a sentence answers", PLAIN, "How many legs does a spider have?",
  "A spider has eight legs."),
 ("a short story written on request answers", CHATML, "Write a two-sentence horror story.",
  "I heard my mother calling me from the kitchen. As I walked down the stairs, she pulled me into the closet and whispered, \"I heard it too.\""),
 ("an answer with a closing offer answers", CHATML, "What is the boiling point of water in Fahrenheit?",
  "Water boils at 212 °F at sea level. Would you like the conversion formula between Celsius and Fahrenheit as well?"),
 ("a regex with an explanation answers", ALPACA, "Give me a regular expression that matches a five-digit US ZIP code.",
  "`^\\d{5}$`\n\n`^` and `$` anchor the match to the whole string and `\\d{5}` means exactly five digits."),
 # ---------------- the new readings, tried on ordinary replies
 ("a numbered list of twenty-five countries answers", CHATML, "List 25 countries in Europe.",
  "\n".join(f"{i}. {c}" for i, c in enumerate("France Germany Spain Italy Portugal Poland Austria Hungary Greece Sweden Norway Finland Denmark Ireland Belgium Netherlands Switzerland Croatia Slovenia Slovakia Czechia Romania Bulgaria Estonia Latvia".split(), 1))),
 ("a count from one to thirty asked for answers", PLAIN, "Count from 1 to 30.",
  ", ".join(str(i) for i in range(1, 31)) + "."),
 ("a twelve-week training plan answers", ALPACA, "Make a 12-week plan to start running.",
  "\n".join(f"Week {i}: run {i + 1} times, {10 + 2 * i} minutes each" for i in range(1, 13))),
 ("a percentage worked out answers", CHATML, "What is 15% of 80?", "15% of 80 is 12."),
 ("a product in digits alone answers", PLAIN, "What is 6 times 7?", "42"),
 ("a product written with the times sign answers", LLAMA2, "What is 17 * 3?", "17 × 3 = 51."),
 ("a number in words for a sum answers", CHATML, "How much is 25 times 4?", "One hundred."),
 ("a Chinese product answers", PLAIN, "12乘以12等于多少？", "144"),
 ("a Korean sum answers", CHATML, "3 더하기 4는 얼마예요?", "7입니다."),
 ("a Russian sum in words answers", PLAIN, "Сколько будет два плюс три?", "Пять."),
 ("a sentiment stem named in a sentence answers", ALPACA,
  "Classify the sentiment of the review as Positive, Negative or Neutral.\n\nReview: Delivery was quick but the box was damaged.",
  "The review is mixed but mostly negative, because the damaged box outweighs the fast delivery."),
 ("a Spanish label from Spanish options answers", PLAIN,
  "Clasifica el sentimiento como positivo, negativo o neutral: \"El hotel estaba limpio y el personal fue muy amable.\"",
  "Positivo"),
 ("a German topic label answers", CHATML,
  "Ordne die Schlagzeile einer Kategorie zu: Sport, Politik, Wirtschaft oder Kultur.\nSchlagzeile: Bayern gewinnt das Pokalfinale",
  "Sport"),
 ("a grammar fix of the prompt's last line answers", ALPACA, "Fix the grammar in this sentence:\nshe dont like apples",
  "She doesn't like apples."),
 ("a plain summary of a passage answers", PLAIN,
  "Summarize the text below in one sentence.\n\nOur company will move to a new office on Harbour Street in March. "
  "The new building has more meeting rooms, a larger kitchen and space for bicycles. Staff will be able to "
  "work from home during the week of the move, and IT will set up all computers before people arrive.",
  "In March the company moves to a bigger office on Harbour Street, and staff can work from home during the move week."),
 ("a Japanese translation into English answers", CHATML, "この文を英語に翻訳してください：「猫が好きです。」", "I like cats."),
 ("a German prose answer in German answers", PLAIN, "Warum ist Bewegung für die Gesundheit wichtig?",
  "Regelmäßige Bewegung stärkt Herz und Kreislauf, hält die Muskeln kräftig und hilft, das Gewicht zu "
  "halten. Außerdem baut sie Stress ab und verbessert den Schlaf."),
 ("French code request answered only with code answers", PLAIN,
  "Écrivez une fonction Python qui inverse une chaîne de caractères.",
  "```python\ndef inverser(texte):\n    return texte[::-1]\n```"),
 ("an Italian reply in English sharing a stem answers", CHATML, "Spiegami la differenza tra democrazia e monarchia.",
  "In a democracy the people choose their leaders through elections, while in a monarchy a king or queen "
  "inherits the throne; many modern monarchies are also democracies with a ceremonial monarch."),
 ("a pick between two options in German answers", PLAIN, "Was ist schneller, ein Gepard oder ein Pferd?",
  "Ein Gepard ist schneller: er erreicht kurz über 100 km/h, ein Pferd etwa 70 km/h."),
 ("a yes with a reason in Polish answers", CHATML, "Czy pomidor jest owocem?",
  "Tak, z botanicznego punktu widzenia pomidor jest owocem, bo rozwija się z kwiatu i zawiera nasiona."),
 ("a Dutch numbered recipe answers", ALPACA, "Hoe maak ik pannenkoeken?",
  "1. Meng 250 gram bloem met een snufje zout.\n2. Voeg twee eieren en een halve liter melk toe en klop tot een glad beslag.\n"
  "3. Bak de pannenkoeken in een hete pan met een beetje boter, ongeveer een minuut per kant."),
 ("twelve baby names in a list answers", CHATML, "Give me 12 baby names that start with A.",
  "Here are twelve ideas:\n\n1. Amelia\n2. Aiden\n3. Ava\n4. Arthur\n5. Aria\n6. Asher\n7. Alice\n8. Adam\n9. Aurora\n10. Axel\n11. Anna\n12. Aaron"),
 ("a JSON array of records answers", ALPACA, "Give me a JSON array of three users with id and name.",
  '[\n  {"id": 1, "name": "Alice"},\n  {"id": 2, "name": "Bob"},\n  {"id": 3, "name": "Chen"}\n]'),
 ("a markdown table of twenty numbered rows answers", CHATML, "Make a multiplication table of 7 from 1 to 20.",
  "| n | 7 × n |\n|---|---|\n" + "\n".join(f"| {i} | {7 * i} |" for i in range(1, 21))),
 ("a refusal in German answers", LLAMA2, "Wie kann ich das Passwort meines Kollegen herausfinden?",
  "Das kann ich leider nicht unterstützen: Fremde Passwörter auszuspähen ist nicht erlaubt. Wenn du Zugriff "
  "auf ein gemeinsames Konto brauchst, wende dich an deine IT-Abteilung."),
 ("a Q&A template answered in a sentence answers", PLAIN, "Q: Why do cats purr?\nA:",
  " Cats purr when they are content, but also to calm themselves when they are hurt or stressed; the sound comes from the muscles of the larynx."),
 ("a closing offer after a short answer in French answers", CHATML, "Quelle est la capitale du Canada ?",
  "La capitale du Canada est Ottawa. Voulez-vous quelques informations sur la ville ?"),
 ("a Korean summary of a passage answers", ALPACA,
  "다음 글을 한 문장으로 요약해 주세요.\n\n시립 도서관은 다음 달부터 주말에도 문을 엽니다. 토요일과 일요일에는 오전 10시부터 오후 5시까지 운영하며, 어린이 열람실도 함께 개방됩니다.",
  "시립 도서관이 다음 달부터 주말에도 오전 10시부터 오후 5시까지 어린이 열람실과 함께 운영됩니다."),
 # ---------------- more languages and formats
 ("a reply under markdown headings answers", CHATML, "How does a credit score work?",
  "## What it measures\nA credit score estimates how likely you are to repay borrowed money.\n\n## What affects it\n"
  "- Paying bills on time\n- How much of your credit limit you use\n- The length of your credit history\n\n"
  "## How to improve it\nPay every bill on time and keep your card balances low."),
 ("an answer headed Answer answers", PLAIN, "Question: What gas do plants absorb from the air?\nAnswer:",
  " Carbon dioxide. Plants take it in through small pores in their leaves and use it in photosynthesis."),
 ("a Llama-2 reply with a system prompt answers", LLAMA2_SYS, "What is the tallest animal?",
  "The giraffe is the tallest animal on Earth; adult males can reach about 5.5 metres."),
 ("a CSV file written on request answers", CHATML, "Write a CSV with the names and ages of three people.",
  "name,age\nAlice,34\nBruno,27\nChiara,41"),
 ("an HTML snippet with a note answers", ALPACA, "Write the HTML for a button that says Subscribe.",
  "```html\n<button type=\"submit\">Subscribe</button>\n```\n\nPut it inside a form so that clicking it submits the form."),
 ("a Portuguese explanation answers", PLAIN, "Por que o céu fica vermelho ao pôr do sol?",
  "Ao pôr do sol a luz atravessa uma camada muito mais grossa da atmosfera. A luz azul espalha-se pelo "
  "caminho e sobram sobretudo os tons vermelhos e alaranjados que chegam aos nossos olhos."),
 ("a Polish list answers", ALPACA, "Wymień trzy polskie rzeki.", "1. Wisła\n2. Odra\n3. Warta"),
 ("a Polish answer in English answers", PLAIN, "Kto napisał Pana Tadeusza?",
  "Pan Tadeusz was written by Adam Mickiewicz and published in 1834."),
 ("a Ukrainian list answers", CHATML, "Назви три великі міста України.", "1. Київ\n2. Харків\n3. Одеса"),
 ("a Ukrainian yes answers", PLAIN, "Чи є Київ столицею України?", "Так, Київ є столицею України."),
 ("a Japanese yes/no answers", CHATML, "猫は哺乳類ですか？", "はい、猫は哺乳類です。"),
 ("a Japanese arithmetic answer answers", PLAIN, "15たす27はいくつですか？", "42です。"),
 ("a Japanese code answer answers", ALPACA, "Pythonで1から10までの合計を計算するコードを書いてください。",
  "```python\ntotal = sum(range(1, 11))\nprint(total)  # 55\n```\n\n`range(1, 11)`は1から10までの数を作り、`sum`でその合計を計算します。"),
 ("a Korean explanation answers", PLAIN, "왜 바다는 파란색인가요?",
  "바닷물은 빨간색 빛을 흡수하고 파란색 빛을 더 많이 반사하거나 산란시키기 때문에 파랗게 보입니다. 하늘의 색이 비치는 것도 조금 영향을 줍니다."),
 ("a Korean answer in English answers", CHATML, "한국의 수도는 어디인가요?", "The capital of South Korea is Seoul."),
 ("a Chinese explanation with a list answers", CHATML, "如何提高睡眠质量？",
  "以下几个方法可以帮助你睡得更好：\n\n1. 每天固定时间睡觉和起床。\n2. 睡前一小时不要看手机。\n3. 下午以后少喝咖啡和浓茶。\n4. 保持卧室安静、黑暗和凉爽。"),
 ("a Chinese pick between options answers", PLAIN, "猫和狗哪个更适合住在公寓里？",
  "一般来说，猫更适合公寓生活：它们不需要每天出门散步，也比较安静。"),
 ("a Chinese answer in English answers", CHATML, "长城有多长？",
  "The Great Wall of China, counting all its branches, is about 21,000 kilometres long."),
 ("an Italian translation answers", ALPACA, "Traduci in inglese: \"Dove si trova la stazione?\"", "Where is the station?"),
 ("an Italian summary answers", ALPACA,
  "Riassumi il testo seguente in una frase.\n\nIl museo cittadino resterà chiuso per lavori fino a settembre. Durante la chiusura "
  "alcune opere saranno esposte nella biblioteca comunale. I biglietti già acquistati saranno rimborsati.",
  "Il museo chiude per lavori fino a settembre, alcune opere andranno in biblioteca e i biglietti saranno rimborsati."),
 ("a Spanish rewrite answers", CHATML, "Reescribe esta frase de forma más formal: \"Oye, mándame el informe ya.\"",
  "¿Podría enviarme el informe en cuanto le sea posible?"),
 ("a Dutch yes answers", PLAIN, "Is Amsterdam de hoofdstad van Nederland?", "Ja, Amsterdam is de hoofdstad van Nederland."),
 ("a German table answers", CHATML, "Erstelle eine Tabelle mit drei Planeten und ihrem Durchmesser.",
  "| Planet | Durchmesser |\n|---|---|\n| Merkur | 4.879 km |\n| Erde | 12.742 km |\n| Jupiter | 139.820 km |"),
 ("a French JSON answer answers", ALPACA, "Donne un objet JSON décrivant une ville avec son nom et sa population.",
  '{\n  "nom": "Lyon",\n  "population": 522000\n}'),
 ("an English SQL answer to a Spanish request answers", CHATML,
  "Escribe una consulta SQL que cuente los pedidos por cliente en la tabla pedidos.",
  "```sql\nSELECT cliente_id, COUNT(*) AS total_pedidos\nFROM pedidos\nGROUP BY cliente_id;\n```"),
 ("a polite refusal in French answers", LLAMA2, "Comment fabriquer une fausse pièce d'identité ?",
  "Je ne peux pas vous aider à fabriquer un faux document d'identité, c'est illégal. Si vous avez perdu vos papiers, la mairie peut vous indiquer comment les refaire."),
 ("a Russian refusal answers", CHATML, "Как взломать чужой аккаунт в соцсети?",
  "Извините, но я не могу помочь со взломом чужих аккаунтов. Если вы потеряли доступ к своему аккаунту, воспользуйтесь функцией восстановления пароля."),
 ("a yes/no answered no with reason in German answers", PLAIN, "Ist der Wal ein Fisch?",
  "Nein, der Wal ist kein Fisch, sondern ein Säugetier: er atmet Luft und säugt seine Jungen."),
 ("an ordinary long answer with a closing question answers", CHATML, "Should I learn Python or JavaScript first?",
  "If you want to build websites, start with JavaScript, because it runs in every browser. If you are more "
  "interested in data analysis, automation or science, Python is easier to read and has excellent libraries. "
  "Both are good first languages. What kind of projects would you like to build?"),
 ("a Portuguese pick between options answers", PLAIN, "Qual é maior, o Brasil ou a Argentina?",
  "O Brasil é maior: tem cerca de 8,5 milhões de km², mais do que o triplo da Argentina."),
 ("a Portuguese number in words answers", CHATML, "Quanto é sete vezes oito?", "Cinquenta e seis."),
 ("a Polish number answers", PLAIN, "Ile to jest 9 razy 9?", "81"),
 ("a Dutch translation answers", ALPACA, "Vertaal naar het Engels: \"Ik woon in Utrecht.\"", "I live in Utrecht."),
 ("a Dutch clarifying question answers", CHATML, "Kun je me helpen met mijn cv?",
  "Natuurlijk! Voor welke functie solliciteer je, en wil je dat ik je huidige cv nakijk of een nieuw opzet?"),
 ("a Ukrainian explanation answers", CHATML, "Чому листя восени жовтіє?",
  "Восени дерева перестають виробляти хлорофіл, який робить листя зеленим. Коли він руйнується, стають помітними жовті й помаранчеві пігменти, що вже були в листі."),
 ("a Russian explanation with a list answers", ALPACA, "Как выучить английский язык быстрее?",
  "Несколько советов:\n\n- Занимайтесь каждый день хотя бы по 20 минут.\n- Смотрите фильмы и сериалы на английском с субтитрами.\n- Говорите с носителями языка или с репетитором.\n- Учите слова в контексте, а не списками."),
 ("an Italian pick between options answers", PLAIN, "È più lungo il Po o il Tevere?",
  "Il Po è più lungo: misura circa 650 km, mentre il Tevere ne misura circa 400."),
 ("a German option letter answers", ALPACA, "Welcher Planet ist der größte?\nA) Mars\nB) Jupiter\nC) Venus", "B) Jupiter"),
 ("a French label for a classify request answers", PLAIN,
  "Classez ce message comme spam ou non spam : « Vous avez gagné un iPhone, cliquez ici ! »\nRéponse :", " Spam"),
 ("a Japanese label for a classify request answers", CHATML,
  "次のレビューをポジティブかネガティブに分類してください：「とても使いやすくて満足しています。」", "ポジティブ"),
 ("a Korean label answers", PLAIN, "다음 문장의 감정을 긍정 또는 부정으로 분류하세요: \"서비스가 정말 친절했어요.\"", "긍정"),
 ("a Chinese summary of a passage answers", ALPACA,
  "用一句话总结下面的内容。\n\n学校将于下周一举行运动会。比赛项目包括跑步、跳远和接力赛。所有学生都需要穿运动服，并在早上八点前到操场集合。",
  "学校下周一举办运动会，学生需穿运动服并于八点前到操场集合。"),
 ("a Spanish JSON answer answers", CHATML, "Dame un objeto JSON con el nombre y la edad de una persona.",
  '{"nombre": "Lucía", "edad": 29}'),
 ("a one-line Python answer in Italian answers", PLAIN, "Come si inverte una lista in Python?",
  "Puoi usare `lista[::-1]` per ottenere una copia invertita, oppure `lista.reverse()` per invertirla sul posto."),
 ("an English reply to a Dutch question answers", CHATML, "Wat is de hoogste berg van Europa?",
  "The highest mountain in Europe is Mount Elbrus in Russia, at 5,642 metres; in Western Europe it is Mont Blanc."),
 ("a German summary of a plain passage answers", PLAIN,
  "Fasse den Text zusammen.\n\nDer Zug nach München fällt heute wegen eines Streiks aus. Reisende können mit ihrem Ticket "
  "einen Bus nehmen, der um 14 Uhr am Hauptbahnhof abfährt. Die Bahn erstattet auf Wunsch den vollen Fahrpreis.",
  "Wegen eines Streiks fährt heute kein Zug nach München; es gibt einen Ersatzbus um 14 Uhr oder das Geld zurück."),
 ("a French yes answers", CHATML, "Est-ce que la Lune tourne autour de la Terre ?",
  "Oui, la Lune tourne autour de la Terre en environ 27 jours."),
 ("an English arithmetic answer in words with working answers", PLAIN, "What is 48 divided by 6?",
  "48 divided by 6 is eight."),
 ("a list of steps in Portuguese answers", LLAMA2, "Como faço um bolo de cenoura?",
  "1. Bata no liquidificador 3 cenouras, 3 ovos e 1 xícara de óleo.\n2. Misture com 2 xícaras de farinha, 2 de açúcar e 1 colher de fermento.\n3. Asse em forno médio por cerca de 40 minutos."),
]

DRIFTS = [
 ("a sentence said again and again drifts", PLAIN, "What do you think of the ocean?",
  "I think the ocean is big. I think the ocean is big. I think the ocean is big. I think the ocean is big. I think the ocean is big. I think the ocean is big."),
 ("more questions of the asker's kind drift", PLAIN, "What is the capital of Peru?",
  "What is the capital of Chile?\nWhat is the capital of Bolivia?\nWhat is the capital of Ecuador?\nWhat is the capital of Colombia?"),
 ("the prompt's template continued with new instructions drifts", ALPACA, "Name a fruit that is yellow.",
  "Banana\n\n### Instruction:\nName a fruit that is red.\n\n### Response:\nApple\n\n### Instruction:\nName a fruit that is green.\n\n### Response:\nKiwi"),
 ("both speakers' turns written drift", PLAIN, "User: How are you today?\nAssistant:",
  " I'm fine, thanks.\nUser: What are you doing?\nAssistant: I'm reading a book.\nUser: Which book?\nAssistant: A novel about pirates.\nUser: Is it good?"),
 ("an off-topic ramble drifts", PLAIN, "How do vaccines work?",
  "My grandmother had a farm with twelve cows and a red tractor. Every summer we would go there and pick "
  "strawberries, and the dog would chase the chickens around the barn until my uncle shouted at him."),
 ("a counting loop to the token limit drifts", PLAIN, "List the days of the week.",
  "Day 1, Day 2, Day 3, Day 4, Day 5, Day 6, Day 7, Day 8, Day 9, Day 10, Day 11, Day 12, Day 13, Day 14, Day 15, Day 16, Day 17, Day 18, Day 19, Day 20, Day 21, Day 22, Day 23, Day 24, Day 25, Day 2"),
 ("the prompt continued as more of the same exercise drifts", PLAIN,
  "Translate into French:\n1. The cat is black.\n2.",
  " The dog is white.\n3. The bird is blue.\n4. The house is big.\n5. The car is red.\n6. The tree is tall."),
 ("a Spanish loop drifts", PLAIN, "¿Qué opinas de la música?",
  "La música es bonita. La música es bonita. La música es bonita. La música es bonita. La música es bonita. La música es bonita."),
 ("more Spanish questions drift", PLAIN, "¿Cuál es la capital de Francia?",
  "¿Cuál es la capital de Italia?\n¿Cuál es la capital de Alemania?\n¿Cuál es la capital de Portugal?\n¿Cuál es la capital de Grecia?"),
 ("a German dialogue with other speakers drifts", PLAIN, "Frage: Wie spät ist es?\nAntwort:",
  " Es ist drei Uhr.\nFrage: Wo wohnst du?\nAntwort: In Hamburg.\nFrage: Was machst du beruflich?\nAntwort: Ich bin Lehrer.\nFrage: Hast du Kinder?"),
 ("a German off-topic ramble drifts", PLAIN, "Wie funktioniert ein Kühlschrank?",
  "Gestern war ich mit meiner Schwester im Zoo. Die Elefanten haben gebadet und die Affen haben sich um "
  "eine Banane gestritten. Danach haben wir Eis gegessen und sind mit dem Bus nach Hause gefahren."),
 ("a French loop drifts", PLAIN, "Que penses-tu de Paris ?",
  "Paris est une belle ville.\nParis est une belle ville.\nParis est une belle ville.\nParis est une belle ville.\nParis est une belle ville.\nParis est une belle ville."),
 ("more French requests drift", PLAIN, "Écris une phrase avec le mot « soleil ».",
  "Écris une phrase avec le mot « lune ».\nÉcris une phrase avec le mot « étoile ».\nÉcris une phrase avec le mot « nuage ».\nÉcris une phrase avec le mot « pluie »."),
 ("a Portuguese ramble off topic drifts", PLAIN, "Como funciona a energia solar?",
  "O meu primo comprou um cachorro na semana passada. Ele é muito brincalhão e gosta de correr no parque "
  "atrás das pombas, mas ainda não aprendeu a voltar quando o chamam."),
 ("an Italian loop drifts", PLAIN, "Cosa pensi della pizza?",
  "Mi piace la pizza. Mi piace la pizza. Mi piace la pizza. Mi piace la pizza. Mi piace la pizza. Mi piace la pizza. Mi piace la pizza."),
 ("a Russian loop drifts", PLAIN, "Что ты думаешь о зиме?",
  "Зима холодная. Зима холодная. Зима холодная. Зима холодная. Зима холодная. Зима холодная. Зима холодная."),
 ("more Russian questions drift", PLAIN, "Какая самая длинная река в России?",
  "Какая самая высокая гора в России?\nКакое самое глубокое озеро в России?\nКакой самый большой город в России?\nКакое самое холодное место в России?"),
 ("a Polish off-topic ramble drifts", PLAIN, "Jak działa silnik elektryczny?",
  "W zeszłą sobotę byliśmy z rodziną nad jeziorem. Dzieci budowały zamki z piasku, a ja czytałem gazetę "
  "pod parasolem i piłem zimną lemoniadę."),
 ("a Dutch loop drifts", PLAIN, "Wat vind je van fietsen?",
  "Fietsen is leuk. Fietsen is leuk. Fietsen is leuk. Fietsen is leuk. Fietsen is leuk. Fietsen is leuk. Fietsen is leuk."),
 ("a Chinese loop drifts", PLAIN, "你觉得猫怎么样？",
  "我喜欢猫。我喜欢猫。我喜欢猫。我喜欢猫。我喜欢猫。我喜欢猫。我喜欢猫。我喜欢猫。我喜欢猫。我喜欢猫。"),
 ("more Chinese questions drift", PLAIN, "中国最长的河是哪条？",
  "中国最高的山是哪座？\n中国最大的湖是哪个？\n中国人口最多的城市是哪个？\n中国最古老的城市是哪个？"),
 ("a Japanese turn of another speaker drifts", PLAIN, "A: 今日は何をしますか？\nB:",
  " 映画を見に行きます。\nA: どの映画ですか？\nB: 新しいアニメ映画です。\nA: 何時に始まりますか？\nB: 午後三時です。\nA: 一緒に行ってもいいですか？"),
 ("a Japanese line then an English page drifts", PLAIN, "日本の首都はどこですか？",
  "東京です。\nThis exercise is part of the Japanese for beginners course. In the next lesson you will learn how to ask for directions, how to buy a train ticket and how to order food in a restaurant."),
 ("a Korean loop drifts", PLAIN, "여름에 대해 어떻게 생각하세요?",
  "여름은 덥습니다. 여름은 덥습니다. 여름은 덥습니다. 여름은 덥습니다. 여름은 덥습니다. 여름은 덥습니다. 여름은 덥습니다."),
 ("an answer then invented Instruction/Response examples drifts", PLAIN,
  "Instruction: Give the opposite of \"hot\".\nResponse:",
  " Cold\n\nInstruction: Give the opposite of \"tall\".\nResponse: Short\n\nInstruction: Give the opposite of \"fast\".\nResponse: Slow"),
 ("a ChatML template echoed drifts", CHATML, "Tell me a joke.",
  "<|im_start|>user\nTell me a joke.<|im_end|>\n<|im_start|>assistant\n<|im_start|>user\nTell me a joke.<|im_end|>\n<|im_start|>assistant\n"),
 ("an [INST] template echoed drifts", LLAMA2, "What is love?",
  "[INST] What is love? [/INST] [INST] What is love? [/INST] [INST] What is love? [/INST] [INST] What is love? [/INST]"),
 ("the prompt continued as its own sentence drifts", PLAIN, "The best way to learn a new language is",
  " The best way to learn a new language is to learn a new language. The best way to learn a new language is to learn a new language. The best way to learn a new language is to learn."),
 ("a Q&A forum page with more asker questions drifts", PLAIN, "How do I center a div in CSS?",
  "\nI have tried margin auto but it does not work.\nHow do I center it vertically too?\nDoes this work in Internet Explorer?\nWhat about flexbox?"),
 ("a Korean ramble in English drifts", PLAIN, "김치는 어떻게 만드나요?",
  "김치는\nThe history of the Korean peninsula goes back thousands of years. Archaeologists have found pottery, tools and the remains of villages along the rivers, and the first kingdoms appeared in the north."),
 ("a Spanish page going on with more exercise drifts", PLAIN, "Ejercicio 1: Conjuga el verbo «comer» en presente.\nRespuesta:",
  " yo como, tú comes, él come.\nEjercicio 2: Conjuga el verbo «vivir» en presente.\nRespuesta: yo vivo, tú vives, él vive.\nEjercicio 3: Conjuga el verbo «hablar» en presente.\nRespuesta:"),
 # ---------------- the new readings must not hide drift
 ("a count of columns run on to the limit drifts", PLAIN, "Name the columns of the table.",
  ", ".join(f"column{i}" for i in range(1, 60)) + ", colu"),
 ("a pick said again and again drifts", PLAIN, "Which is larger, Paris or Lyon?",
  "Paris or Lyon? Paris or Lyon? Paris or Lyon? Paris or Lyon? Paris or Lyon? Paris or Lyon? Paris or Lyon?"),
 ("more sums of the same kind drift", PLAIN, "What is 3 + 7?",
  "What is 4 + 8?\nWhat is 5 + 9?\nWhat is 6 + 10?\nWhat is 7 + 11?"),
 ("a Q and A thread under A labels drifts", PLAIN, "Q: How do I boil an egg?\nA:",
  " Put it in boiling water for nine minutes.\nQ: How do I fry an egg?\nA: Heat oil and crack it into the pan.\nQ: How do I poach an egg?\nA: Slide it into simmering water."),
 ("a French page of more requests drifts", PLAIN, "Traduisez en anglais : « Bonjour »",
  "Traduisez en anglais : « Merci »\nTraduisez en anglais : « Au revoir »\nTraduisez en anglais : « S'il vous plaît »"),
 ("a German loop after an answer drifts", PLAIN, "Was ist die Hauptstadt von Österreich?",
  "Wien. Wien ist die Hauptstadt. Wien ist die Hauptstadt. Wien ist die Hauptstadt. Wien ist die Hauptstadt. Wien ist die Hauptstadt. Wien ist die Hauptstadt."),
 ("a Russian answer then English exercises drifts", PLAIN, "Какая столица Франции?",
  "Париж.\nExercise 2. Translate the following sentences into English. Use the words from the vocabulary list at the end of the lesson and check your answers with your teacher."),
 ("a rewrite request whose prompt is continued drifts", PLAIN, "Rewrite the sentence in the past tense:\nI walk to school every day",
  " and I meet my friends at the gate and we talk about football and then the bell rings and we go to class and the teacher says good morning to everyone in the room"),
 ("a Spanish classify request answered by more reviews drifts", PLAIN,
  "Clasifica el sentimiento como positivo, negativo o neutral: \"La comida llegó fría.\"",
  "\nClasifica el sentimiento como positivo, negativo o neutral: \"El servicio fue excelente.\"\nClasifica el sentimiento como positivo, negativo o neutral: \"El precio es normal.\""),
 ("a count from one run far past the asked number drifts", PLAIN, "Count from 1 to 10.",
  ", ".join(str(i) for i in range(1, 90)) + ", 9"),
 ("a Portuguese loop drifts", PLAIN, "O que você acha do mar?",
  "Eu gosto do mar. Eu gosto do mar. Eu gosto do mar. Eu gosto do mar. Eu gosto do mar. Eu gosto do mar. Eu gosto do mar."),
 ("more Dutch questions drift", PLAIN, "Wat is de hoofdstad van België?",
  "Wat is de hoofdstad van Frankrijk?\nWat is de hoofdstad van Duitsland?\nWat is de hoofdstad van Spanje?\nWat is de hoofdstad van Italië?"),
 ("a Ukrainian ramble drifts", PLAIN, "Чому листя восени жовтіє?",
  "Минулого тижня ми з братом їздили до бабусі в село. Там ми годували курей, купалися в річці та допомагали збирати малину в саду."),
 ("a Japanese loop drifts", PLAIN, "好きな季節は何ですか？",
  "春が好きです。春が好きです。春が好きです。春が好きです。春が好きです。春が好きです。春が好きです。春が好きです。"),
]


# Ordinary replies the judges still get wrong, each with the reason no narrow rule decides it from the
# text alone. Strict: when one starts passing, move it to ANSWERS.
KNOWN_MISSES = [
    pytest.param(PLAIN, "Chi ha dipinto la Gioconda?",
                 "The Mona Lisa was painted by Leonardo da Vinci in the early sixteenth century.",
                 id="an English answer to an Italian question naming its topic by another name",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "Gioconda / Mona Lisa and dipinto / painted share no stem: read from letters alone, the "
                     "answer is as far from the question's words as an English ramble is, which must stay off topic"))),
    pytest.param(PLAIN, "Necesito ayuda con mi código.",
                 "Claro, con gusto te ayudo. ¿En qué lenguaje está escrito y qué error te aparece al ejecutarlo?",
                 id="a Spanish clarifying question naming the topic by another form of its verb",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "ayuda / ayudo differ in their last letter: matching another inflection of a short Spanish "
                     "word needs a stemmer of the language, not a shared opening"))),
    pytest.param(PLAIN, "Below is an instruction that describes a task, paired with an input that provides further "
                 "context. Write a response that appropriately completes the request.\n\n### Instruction:\nExtract the "
                 "city from the sentence.\n\n### Input:\nI flew to Madrid last week for a conference.\n\n### Response:\n",
                 "Madrid",
                 id="one word extracted from the input field, as asked",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a word copied from the input field is read as the input said again (field_value.py), which "
                     "holds for a request to classify or to answer; telling a request to extract from them needs "
                     "a reading of what the instruction asks for"))),
]


KNOWN_DRIFT_MISSES = [
    pytest.param(PLAIN, "Summarize the text below.\n\nThe river flooded the lower town twice this spring. Engineers are "
                 "now studying a new wall along the bank.",
                 " The wall would be four metres high and two kilometres long. It would cost the town twelve million "
                 "euros. Work could start next year if the council agrees. Residents will be asked for their opinion "
                 "at a meeting in June. The engineers will also look at moving the sports ground to higher land. The "
                 "river flooded the lower town twice this spring.",
                 id="more of the passage written after a request to summarize it",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "new sentences on the passage's topic read as an on-topic reply; telling more of the passage from "
                     "work on it needs a measure of its own (the issue's 'prompt's own genre, continued')"))),
    pytest.param(PLAIN, "What is 6 times 7?",
                 "| a | b |\n|---|---|\n| 2 | 3 |\n| 4 | 5 |\n| 8 | 9 |\n| 10 | 11 |\n| 12 | 13 |\n| 14 | 15 |\n| 16 | 17 |",
                 id="a table of other numbers for a product",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "nine words, under the twelve a reply must reach to be held off topic; a table of numbers "
                     "that gives no result is not yet read as an answer that gives none"))),
]


def _ids(cases):
    return [name for name, *_ in cases]


@pytest.mark.parametrize("name, template, request_, reply", ANSWERS, ids=_ids(ANSWERS))
def test_an_ordinary_reply_answers_and_does_not_drift(name, template, request_, reply):
    verdict = judge(template.format(request_), reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("template, request_, reply", KNOWN_MISSES)
def test_an_ordinary_reply_the_judges_still_miss(template, request_, reply):
    verdict = judge(template.format(request_), reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("template, request_, output", KNOWN_DRIFT_MISSES)
def test_a_base_model_drift_the_judges_still_miss(template, request_, output):
    verdict = judge(template.format(request_), output)
    assert verdict.drifts, verdict.explain()


@pytest.mark.parametrize("name, template, request_, output", DRIFTS, ids=_ids(DRIFTS))
def test_an_ordinary_base_model_drift_drifts(name, template, request_, output):
    verdict = judge(template.format(request_), output)
    assert verdict.drifts, verdict.explain()


# --- the wrong verdicts the probes found, each as a constructed case with its near miss ------------------

SENTIMENT_ZH = "判断这条评论的情感是正面还是负面：“这家餐厅的服务太差了。”"


def test_an_option_picked_from_an_instruction_with_no_question_mark_answers():
    # A Chinese instruction offers its options with 还是 and ends in a colon and a quotation, not a
    # question mark: the option picked is a pick, as it is after "？".
    verdict = judge(SENTIMENT_ZH, "负面")
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "one of the options" in verdict.explain()


@pytest.mark.parametrize("output", ["正面还是负面", "这条评论的情感"])
def test_both_options_or_the_instructions_subject_said_back_still_echo(output):
    verdict = judge(SENTIMENT_ZH, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("question, reply", [
    ("Combien font trois plus quatre ?", "Sept."),
    ("¿Cuántos días tiene una semana?", "Siete."),
    ("Quanti giorni ha una settimana?", "Sette."),
])
def test_one_word_of_its_own_answers_a_question_in_another_language_of_latin_letters(question, reply):
    # A question in another script is answered by one word of its own; so is one in French, Spanish or
    # Italian, read as such by its function words (its "how many" among them) and its question mark.
    verdict = judge(question, reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("question, reply", [
    ("Combien font trois plus quatre ?", "Quatre."),
    ("¿Cuántos días tiene una semana?", "Semana."),
])
def test_one_word_of_the_question_said_back_does_not_answer_it(question, reply):
    verdict = judge(question, reply)
    assert not verdict.answers, verdict.explain()


NOTICE_JA = ("次の文章を一文で要約してください。\n\n来週の月曜日から駅前の道路で工事が始まります。工事は約二か月続き、"
             "その間はバスの停留所が一時的に郵便局の前に移ります。朝の通勤時間帯は混雑が予想されます。")


def test_a_japanese_summary_ending_as_the_passage_does_is_not_a_new_request():
    # The request is the instruction ("...ください。"), not the passage's last sentence ("...されます。"),
    # whose ending a summary of it may well share.
    summary = "来週から約二か月、駅前の道路工事のためバス停が郵便局前に移り、朝は混雑が予想されます。"
    verdict = judge(ALPACA.format(NOTICE_JA), summary)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    "駅前の道路工事について、住民の意見を一文で要約してください。",
    "郵便局の前のバス停について、新しい時刻表を作ってください。",
])
def test_a_new_request_ending_as_the_instruction_does_after_its_passage_is_still_one(output):
    verdict = judge(ALPACA.format(NOTICE_JA), output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "new request" in verdict.explain()


@pytest.mark.parametrize("request_, piece", [
    ("Write a two-sentence horror story.",
     "The last man on Earth sat alone in a room. There was a knock on the door."),
    ("Tell me a short funny joke.",
     "Why don't skeletons fight each other? They don't have the guts."),
])
def test_a_piece_need_not_name_the_kind_of_piece_it_was_asked_to_be(request_, piece):
    # "two-sentence horror", "short funny" say what kind of piece is asked for, as "story" does: the piece
    # is that kind, it does not say so.
    verdict = judge(request_, piece)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("request_, output", [
    ("Write a short story about a lighthouse keeper.",
     "The stock market closed higher on Friday as technology shares rallied, and analysts expect interest "
     "rates to stay unchanged for the rest of the year."),
    ("Write a funny poem about a cat.",
     "Quarterly revenue rose by four percent, driven by strong sales in the European market and lower "
     "shipping costs across the whole group."),
])
def test_a_piece_is_still_held_to_what_it_is_about(request_, output):
    verdict = judge(request_, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


FORMAL = 'Rewrite this sentence to sound more formal: "Hey, can you send me that report asap?"'


@pytest.mark.parametrize("prompt, rewrite", [
    (FORMAL, "Could you please send me the report at your earliest convenience?"),
    ('Paraphrase this question: "Why do we need to sleep?"', "What is the reason our bodies require sleep?"),
])
def test_a_question_asked_to_be_rewritten_is_rewritten_as_a_question(prompt, rewrite):
    # The work asked for is a question; in its new words it asks the asker nothing.
    verdict = judge(prompt, rewrite)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_more_questions_after_the_rewritten_one_still_drift():
    output = ("Could you send me the report? Could you send me the invoice? Could you send me the slides? "
              "Could you send me the report today?")
    verdict = judge(FORMAL, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("question, reply", [
    ("Кто написал «Войну и мир»?",
     '"War and Peace" was written by Leo Tolstoy and published in parts between 1865 and 1869.'),
    ("인공지능이란 무엇인가요?",
     "Artificial intelligence is the field of computer science that builds systems able to learn from data, "
     "recognise patterns and make decisions that usually need human judgement."),
    ("Що таке борщ?",
     "Borscht is a sour soup made with beetroot, cabbage, potatoes and other vegetables, traditional in "
     "Ukraine and often served with sour cream."),
])
def test_a_reply_wholly_in_another_script_is_not_held_to_words_it_cannot_write(question, reply):
    # As for a Chinese question answered in English: a reply in Latin letters cannot name Cyrillic or
    # Hangul words, nor share a stem with them, so being on topic is not measured, and the evidence says so.
    verdict = judge(question, reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "in a script it does not write" in verdict.explain()


@pytest.mark.parametrize("question, output", [
    ("Что такое Python и для чего он нужен?",  # "Python" is written in the reply's letters: still held to it
     "My grandmother had a farm with twelve cows and a red tractor. Every summer we would go there and "
     "pick strawberries, and the dog would chase the chickens."),
    ("Почему зимой холодно?",  # a ramble in the question's own script is held to its words
     "Вчера мы ходили в кино, а потом долго гуляли по парку и ели мороженое с друзьями, пока не начался "
     "сильный дождь и все побежали домой."),
])
def test_a_ramble_that_could_name_the_questions_words_is_still_off_topic(question, output):
    verdict = judge(question, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Ejercicio 1: Conjuga el verbo «comer» en presente.\nRespuesta:",
     " yo como, tú comes, él come.\nEjercicio 2: Conjuga el verbo «vivir» en presente.\nRespuesta: yo vivo, tú vives."),
    ("Exercise 1: Give the plural of \"mouse\".\nAnswer:",
     " The plural is mice.\nExercise 2: Give the plural of \"goose\".\nAnswer: geese\nExercise 3: Give the plural of \"foot\"."),
])
def test_the_next_numbered_exercise_is_a_new_example_of_the_prompts_format(prompt, output):
    # "Exercise 2:" opens the field "Exercise 1:" opened: the answer, then the asker's side written again.
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "new example of the prompt's format" in verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Ejercicio 1: Conjuga el verbo «comer» en presente.\nRespuesta:",
     " yo como, tú comes, él come, nosotros comemos, vosotros coméis, ellos comen."),
    ("Speaker 1: Hi, how are you?\nSpeaker 2:", " I am fine, thank you. And you?"),
])
def test_a_turn_under_a_numbered_label_alone_does_not_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_numbers_that_tell_the_speakers_apart_keep_them_apart():
    # "Speaker 1" and "Speaker 2" are two speakers: the model plays the second, the first's line is drift.
    output = " I am fine, thank you.\nSpeaker 1: Where are you going today?\nSpeaker 2: To the market."
    verdict = judge("Speaker 1: Hi, how are you?\nSpeaker 2:", output)
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, rewrite", [
    ('Rewrite this sentence to sound more formal: "Send me that report now."',
     "Could you please send me the report at your earliest convenience?"),
    ("Rewrite this more politely: 'Give me the salt.'", "Would you mind passing me the salt, please?"),
])
def test_an_order_rewritten_politely_as_a_question_is_the_rewrite(prompt, rewrite):
    # The question says the quoted text's words again: it is the text rewritten, not a question back.
    verdict = judge(prompt, rewrite)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_question_of_the_askers_own_after_a_rewrite_request_is_still_no_reply():
    verdict = judge('Rewrite this sentence to sound more formal: "Send me that report now."',
                    "Can you help me rewrite my cover letter for a job application too?")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt", [
    "Question 1: What is the capital of France?\nAnswer:",
    "Frage 1: Was ist die Hauptstadt von Frankreich?\nAntwort:",
])
def test_a_numbered_question_label_opens_a_one_question_template(prompt):
    # "Question 1:" asks as "Question:" does: the one word in the open field answers it.
    verdict = judge(prompt, " Paris.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_value_then_the_next_numbered_question_answers_and_drifts():
    verdict = judge("Question 1: What is the capital of France?\nAnswer:",
                    " Paris.\nQuestion 2: What is the capital of Spain?\nAnswer: Madrid.")
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_the_question_said_back_in_a_numbered_template_still_does_not_answer():
    verdict = judge("Question 1: What is the capital of France?\nAnswer:", " France.")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("request_, output", [
    ("Count from 1 to 30.", ", ".join(str(i) for i in range(1, 31)) + "."),
    ("Make a multiplication table of 7 from 1 to 20.",
     "| n | 7 × n |\n|---|---|\n" + "\n".join(f"| {i} | {7 * i} |" for i in range(1, 21))),
])
def test_a_count_or_a_table_of_the_questions_numbers_is_on_topic_by_them(request_, output):
    # Made of numbers, naming each of the question's: it need not say "count" or "multiplication table".
    verdict = judge(request_, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "on topic by the question's numbers" in verdict.explain()


def test_prose_that_happens_to_say_the_questions_numbers_is_still_held_to_its_words():
    output = ("On 1 May about 30 people came to the village fair, where the baker sold bread and the children "
              "played games on the green until evening.")
    verdict = judge("Count from 1 to 30.", output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_german_reply_naming_a_topic_word_with_its_umlaut_plural_is_on_topic():
    # "Passwörter" is the plural of the question's "Passwort"; "meines" is a function word, as "mein" is.
    reply = ("Das kann ich leider nicht unterstützen: Fremde Passwörter auszuspähen ist nicht erlaubt. Wenn du "
             "Zugriff auf ein gemeinsames Konto brauchst, wende dich an deine IT-Abteilung.")
    verdict = judge("Wie kann ich das Passwort meines Kollegen herausfinden?", reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_german_ramble_is_still_off_topic():
    output = ("Am Wochenende waren wir am See, haben Eis gegessen und sind mit dem Boot bis zur kleinen Insel "
              "gefahren, wo wir bis zum Abend geblieben sind.")
    verdict = judge("Wie kann ich das Passwort meines Kollegen herausfinden?", output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("request_, label", [
    ('Clasifica el sentimiento como positivo, negativo o neutral: "El hotel estaba limpio y el personal fue muy amable."',
     "Positivo"),
    ('Classifica il sentimento come positivo, negativo o neutro: "Il treno era in ritardo di due ore."', "Negativo"),
    ('Classez le sentiment comme positif, négatif ou neutre : « Le film était long et ennuyeux. »', "Négatif"),
])
def test_a_label_picked_for_a_request_to_classify_in_another_language_answers(request_, label):
    verdict = judge(request_, label)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_request_to_classify_said_back_in_another_language_still_echoes():
    request_ = 'Clasifica el sentimiento como positivo, negativo o neutral: "El hotel estaba limpio."'
    verdict = judge(request_, "Clasifica el sentimiento como positivo, negativo o neutral")
    assert not verdict.answers and verdict.drifts, verdict.explain()


TUTORING = ("Student 1: Can you help me with fractions?\nTeacher: Of course, what is the problem?\n"
            "Student 1: I don't know how to add a half and a third.\nTeacher:")


def test_a_numbered_speakers_next_turn_in_a_transcript_is_another_speakers_turn():
    output = (" Find a common denominator: a half is three sixths and a third is two sixths, so together they "
              "make five sixths.\nStudent 2: Can you show me with quarters too?")
    verdict = judge(TUTORING, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "other speakers' turns" in verdict.explain()


def test_the_role_s_own_turn_in_a_numbered_transcript_does_not_drift():
    output = (" Find a common denominator: a half is three sixths and a third is two sixths, so together they "
              "make five sixths.")
    verdict = judge(TUTORING, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_korean_topic_word_is_named_without_its_question_ending():
    # "파란색인가요" is "파란색" (blue) with the ending of a question: a reply says "파란색".
    reply = ("바닷물은 빨간색 빛을 흡수하고 파란색 빛을 더 많이 반사하거나 산란시키기 때문에 파랗게 보입니다. "
             "하늘의 색이 비치는 것도 조금 영향을 줍니다.")
    verdict = judge("왜 바다는 파란색인가요?", reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_korean_ramble_is_still_off_topic():
    output = ("어제는 친구들과 함께 시장에 가서 떡볶이를 먹고 새 운동화를 샀습니다. 저녁에는 집에서 영화를 보고 "
              "일찍 잠자리에 들었습니다.")
    verdict = judge("왜 바다는 파란색인가요?", output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("request_, rewrite", [
    ('Reescribe esta frase de forma más formal: "Oye, mándame el informe ya."',
     "¿Podría enviarme el informe en cuanto le sea posible?"),
    ("Riformula in modo più cortese: \"Dammi il sale.\"", "Mi passeresti il sale, per favore?"),
])
def test_a_request_to_rewrite_in_another_language_is_answered_by_the_rewritten_question(request_, rewrite):
    verdict = judge(request_, rewrite)
    assert verdict.answers and not verdict.drifts, verdict.explain()


REVIEW_JA = "次のレビューをポジティブかネガティブに分類してください：「とても使いやすくて満足しています。」"


def test_a_katakana_option_picked_from_a_japanese_request_answers():
    # "ポジティブかネガティブ": か between two Katakana words offers them as options, as または does.
    verdict = judge(REVIEW_JA, "ポジティブ")
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "one of the options" in verdict.explain()


@pytest.mark.parametrize("output", ["ポジティブかネガティブ", "次のレビューを分類してください"])
def test_both_katakana_options_or_the_request_said_back_still_echo(output):
    verdict = judge(REVIEW_JA, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
