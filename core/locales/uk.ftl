# otel-feedback: український каталог (ключі, яких тут немає, беруться з en.ftl).
# Формулювання взято з української версії сторінки «Інтервʼю або сесії
# зворотного звʼязку» (copied into locales/page-wording.uk.md).
# Множина: [one] 1, 21, 31…; [few] 2–4, 22–24…; [many] 0, 5–20, 25–30…

## Форма

form-heading = Запит на сесію зворотного звʼязку
form-intro = Розкажіть, хто ви і про що хочете поговорити. Ця сторінка нічого не надсилає: ви отримаєте повідомлення для Slack, лист або подію для календаря.
sessions-heading = Найближчі сесії
sessions-none = Найближчих сесій не заплановано. Натомість опишіть час, який вам підходить.
sessions-cancelled = Скасовано
label-timezone = Ваш часовий пояс
label-organization = Організація
help-organization = Організація, про використання OpenTelemetry в якій ми говоритимемо.
label-name = Ваше імʼя
help-name = Як до вас звертатися.
label-role = Ваша роль
help-role = Наприклад: платформний інженер, керівник SRE.
label-email = Електронна пошта
help-email = Ми використаємо її лише для відповіді щодо сесії.
label-slack = Імʼя в Slack
help-slack = Ваше імʼя в CNCF Slack, наприклад @jane, або ваш ідентифікатор учасника (U…).
contact-heading = Як з вами звʼязатися?
contact-help = Вкажіть адресу електронної пошти, імʼя в Slack або обидва.
label-topics = Що ви хочете обговорити?
help-topics = Виберіть хоча б одне.
topic-special-use-cases = Спеціальні випадки використання
topic-implementation = Виклики з впровадженням
topic-adoption = Виклики з прийняттям у межах організації
help-topic-special-use-cases = Усе незвичне у тому, як ви використовуєте OpenTelemetry.
help-topic-implementation = Що пройшло добре? Що потребує покращення? Це може бути будь-що, від інструментування до документації.
help-topic-adoption = Як спільнота може допомогти вам сприяти прийняттю у ваших командах?
label-details = Подробиці
help-details = Усе, що нам варто знати перед сесією. Необовʼязково.
label-slots = Бажані сесії
help-slots = { $max ->
    [one] Виберіть сесію, яка вам підходить.
   *[other] Виберіть до { $max } сесій, які вам підходять.
}
label-alternative-time = Інший час, який вам підходить
help-alternative-time = Обовʼязково, якщо ви не вибрали жодної сесії. Наприклад: «вівторки після 15:00 UTC».
compliance-heading = Дотримання вимог
compliance-help = Сесії записуються та відкриті для публіки, а підсумковий пост ми публікуємо в блозі OpenTelemetry.
label-delete-recording = Видалити запис після того, як ми підсумуємо нотатки
help-delete-recording = Якщо у вашої організації є спеціальні вимоги, ми видалимо запис після того, як підсумуємо нотатки та відгуки.
label-anonymize-post = Зробити пост у блозі анонімним
help-anonymize-post = Підсумковий пост не називатиме вашу організацію.
optional = необовʼязково
required = обовʼязково
chars-left = { $count ->
    [one] Залишився { $count } символ
    [few] Залишилося { $count } символи
   *[many] Залишилося { $count } символів
}
chars-over = { $count ->
    [one] На { $count } символ більше, ніж можна
    [few] На { $count } символи більше, ніж можна
   *[many] На { $count } символів більше, ніж можна
}
chars-over-at-least = { $count ->
    [one] Щонайменше на { $count } символ більше, ніж можна
    [few] Щонайменше на { $count } символи більше, ніж можна
   *[many] Щонайменше на { $count } символів більше, ніж можна
}
slots-picked = { $count ->
    [0] Жодної сесії не вибрано
    [one] Вибрано { $count } сесію
    [few] Вибрано { $count } сесії
   *[many] Вибрано { $count } сесій
}

## Кнопки, повідомлення

button-check = Перевірити запит
button-copy-message = Скопіювати повідомлення для Slack
button-open-channel = Відкрити #{ $channel } у браузері
button-open-channel-app = Відкрити #{ $channel } у застосунку Slack
button-dm = Написати { $name } у Slack
button-email = Написати лист
button-copy-email = Скопіювати текст листа
button-ics = Завантажити подію на { $when } (.ics)
button-ics-series = Додати всі засідання до календаря (.ics)
button-gcal = Додати { $when } до Google Календаря
button-join-slack = Приєднатися до CNCF Slack
send-heading = Надішліть запит
send-help = Опублікуйте повідомлення в #{ $channel } або надішліть його підтримувачу в приватних повідомленнях.
notice-copied = Скопійовано в буфер обміну.
notice-copy-failed = Не вдалося скопіювати. Виділіть текст і скопіюйте його самостійно.
notice-email-shortened = Лист задовгий для посилання, тому подробиці скорочено. Натомість скопіюйте в лист повний текст нижче.
notice-no-email-recipient = Для запитів не оприлюднено адреси електронної пошти: опублікуйте повідомлення в #{ $channel } або надішліть його підтримувачу в Slack.
errors-heading = { $count ->
    [one] Виправте { $count } проблему, щоб продовжити:
    [few] Виправте { $count } проблеми, щоб продовжити:
   *[many] Виправте { $count } проблем, щоб продовжити:
}
notice-valid = Ваш запит готовий до надсилання.

## Назви полів у повідомленнях про помилки

field-organization = Організація
field-name = Імʼя
field-email = Електронна пошта
field-slack = Імʼя в Slack
field-role = Роль
field-topics = Теми
field-details = Подробиці
field-slots = Бажані сесії
field-alternative-time = Інший час
field-tz = Часовий пояс

## Помилки перевірки

err-required = Поле «{ $field }» порожнє; заповніть його.
err-organization-required = Вкажіть назву вашої організації.
err-name-required = Вкажіть ваше імʼя.
err-contact-required = Вкажіть адресу електронної пошти або імʼя в Slack (або обидва), щоб ми могли відповісти.
err-topics-required = Виберіть хоча б одну тему.
err-alternative-time-required = Виберіть сесію або опишіть інший час, який вам підходить.
err-too-long = Поле «{ $field }» містить понад { $max } { $max ->
    [one] символ
    [few] символи
   *[many] символів
}; скоротіть його до { $max } або менше.
err-forbidden-character = Поле «{ $field }» містить невидимий або керівний символ { $line ->
    [0] на позиції { $column }
   *[other] у рядку { $line }, позиція { $column }
}: { $char }; видаліть його.
err-invalid-email = «{ $value }» не є адресою електронної пошти; використайте формат name@example.com.
err-invalid-slack = «{ $value }» не є іменем у Slack; використайте @ і ваше відображуване імʼя (наприклад, @jane) або ідентифікатор учасника (наприклад, U01ABCDEF23).
err-group-mention = «{ $value }» сповістить увесь канал; вкажіть натомість власне імʼя в Slack.
err-unknown-topic = «{ $value }» не є темою; використайте special-use-cases, implementation або adoption.
err-duplicate-topic = Тему «{ $value }» вказано двічі; вкажіть її один раз.
err-invalid-slot = «{ $value }» не є датою й часом; використайте RFC 3339, наприклад 2026-11-26T18:00:00Z.
err-not-a-session = { $when } — не час сесії; виберіть одну з найближчих сесій.
err-in-the-past = { $when } вже минуло; виберіть найближчу сесію.
err-duplicate-slot = { $when } вибрано двічі; виберіть кожну сесію один раз.
err-too-many-slots = Вибрано { $count } { $count ->
    [one] сесію
    [few] сесії
   *[many] сесій
}; виберіть не більше { $max }.
err-calendar-needs-slot = Для події в календарі потрібна бажана сесія; виберіть одну з найближчих сесій.
err-unknown-zone = «{ $value }» не є часовим поясом; використайте назву IANA, наприклад Europe/Kyiv.
err-unknown-field = «{ $value }» не є полем запиту; перевірте написання.
err-invalid-json = Запит не є коректним JSON ({ $detail }); виправте файл.

## Складений запит (Slack, лист, календар)

msg-title = Запит на сесію зворотного звʼязку
msg-intro = Вітаємо! Ми хотіли б запланувати сесію зворотного звʼязку з OpenTelemetry.
msg-organization = Організація
msg-contact = Контакт
msg-role = Роль
msg-email = Ел. пошта
msg-slack = Slack
msg-topics = Теми
msg-slots = Бажані сесії
msg-no-slots = Жодна із запланованих сесій
msg-alternative-time = Інший час
msg-compliance = Дотримання вимог
msg-delete-recording-yes = Будь ласка, видаліть запис після того, як підсумуєте нотатки.
msg-delete-recording-no = Запис можна зберегти.
msg-anonymize-yes = Будь ласка, зробіть пост у блозі анонімним.
msg-anonymize-no = Пост у блозі може називати організацію.
msg-details = Подробиці
msg-sent-from = Складено на { $url }
msg-shortened = … [скорочено: повний текст — у скопійованому повідомленні]
email-subject = Запит на сесію зворотного звʼязку: { $organization }
event-summary = Сесія зворотного звʼязку OpenTelemetry: { $organization }
series-summary = OpenTelemetry End-User SIG
series-description = Засідання SIG кінцевих користувачів OpenTelemetry, на яких зазвичай проходять сесії зворотного звʼязку. Подробиці: { $url }

## Дні тижня

wd-mon = Пн
wd-tue = Вт
wd-wed = Ср
wd-thu = Чт
wd-fri = Пт
wd-sat = Сб
wd-sun = Нд

## Widget: zone picker, clock, day markers, notices

label-hour12 = 12-годинний формат
slot-none = Жоден не підходить — запропонувати інший час
day-later = +1 день
day-earlier = −1 день
day-later-long = наступного дня у вашому часовому поясі
day-earlier-long = попереднього дня у вашому часовому поясі
button-clear = Очистити форму
notice-zone-unknown = Цей браузер не знає часового поясу «{ $zone }»; час показано в UTC.
help-timezone = Почніть вводити, наприклад Kyiv або Tokyo.
button-open-channel-web = Відкрити #{ $channel } у браузері
calendar-heading = Додати до календаря
email-heading = Електронна пошта
notice-copy-select = Натисніть Ctrl+C (⌘C на Mac), щоб скопіювати виділений текст.
notice-unavailable = Не вдалося запустити вибір сесій на цій сторінці. Розклад, описаний тут, чинний.
notice-form-unavailable = Не вдалося завантажити форму запиту. Попросити про сесію можна й у #{ $channel } у Slack.
source-time = { $day } { $time } за часом { $city } ({ $zone })
zone-none = Жоден часовий пояс не відповідає «{ $text }»; час і далі показано { $zone }.
zone-did-you-mean = Жоден часовий пояс не відповідає «{ $text }». Можливо, ви мали на увазі { $zones }? Час і далі показано { $zone }.
zone-several = Назву «{ $text }» мають кілька часових поясів: { $zones }. Виберіть один; час і далі показано { $zone }.
zone-looking-up = Шукаємо часовий пояс «{ $text }»; поки що час показано { $zone }.
zone-lookup-unavailable = Зараз не вдається шукати назви часових поясів, тож «{ $text }» не розпізнано; час і далі показано { $zone }. Назва IANA, як-от Asia/Tokyo, працює й так.
zone-shown-in = Тепер час показано { $zone }.
notice-zone-none = Цей браузер не повідомляє ваш часовий пояс, тому час показано в UTC: виберіть свій пояс вище.
notice-tzdata = Цей час — за базою часових поясів { $release }, новішою, ніж у цьому браузері.
button-request = Запросити сесію
label-message = Ваше повідомлення для Slack
notice-storage-unavailable = Цей браузер не дозволяє сторінці зберегти чернетку: її буде втрачено, якщо ви перезавантажите сторінку або підете з неї.
notice-cleared = Форму очищено.
button-undo = Скасувати
notice-session-gone = Сесія { $when } більше не пропонується; виберіть іншу.

## Речення про розклад (core/src/describe.rs)

schedule-one = Сесії зазвичай проходять { $rule }.
schedule-one-labelled = Сесії зазвичай проходять під час засідань { $label }: { $rule }.
schedule-many = Сесії зазвичай проходять за кількома розкладами: { $list }.
schedule-item-labelled = { $label } — { $rule }
schedule-cadence = { $every ->
    [1] { $day ->
        [mon] щопонеділка
        [tue] щовівторка
        [wed] щосереди
        [thu] щочетверга
        [fri] щоп’ятниці
        [sat] щосуботи
       *[sun] щонеділі
    }
    [2] через { $day ->
        [mon] понеділок
        [tue] вівторок
        [wed] середу
        [thu] четвер
        [fri] п’ятницю
        [sat] суботу
       *[sun] неділю
    }
   *[other] раз на { $every } { $every ->
        [one] тиждень
        [few] тижні
       *[many] тижнів
    } у { $day ->
        [mon] понеділок
        [tue] вівторок
        [wed] середу
        [thu] четвер
        [fri] п’ятницю
        [sat] суботу
       *[sun] неділю
    }
}
schedule-rule = { $cadence } о { $time } { $zone }
schedule-until = { $rule } до { $date }
schedule-at = { $date } о { $time } { $zone }
schedule-extra = { $count ->
    [one] Додаткова сесія
   *[other] Додаткові сесії
}: { $list }.
schedule-cancelled = Не буде сесії: { $list }.
schedule-sep = {"; "}
schedule-sentences = { $a } { $b }
page-fallback-how = Щоб домовитися про сесію, напишіть нам у CNCF Slack у каналі { $channel }.
schedule-shown-in = Час нижче — { $zone }.
tz-other = за часом { $zone }
tz-america-los-angeles = за тихоокеанським часом
tz-america-denver = за гірським часом (США)
tz-america-chicago = за центральним часом (США)
tz-america-new-york = за східним часом (США)
tz-europe-london = за британським часом
tz-europe-berlin = за центральноєвропейським часом
tz-asia-tokyo = за японським часом
tz-utc = за UTC

# Пояси так, як їх називає мова сторінки; пунктуація мови; мова повідомлення
# (issue 27). { $zone } — назва пояса від браузера (Intl), уже з «за».
intro-shown-in = Час нижче — { $zone }.
slot-label = { $when } ({ $source })
slot-label-day = { $when } ({ $source }), { $day }
message-lang-note = Повідомлення написано мовою каналу, щоб його могли прочитати всі учасники: { $language }.
message-lang-switched = Повідомлення написано мовою цієї сторінки: { $own }; мова каналу — { $language }.
message-lang-switch = Написати повідомлення мовою цієї сторінки ({ $own })
notice-cleared-elsewhere = Чернетку очищено в іншій вкладці.
