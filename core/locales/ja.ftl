# otel-feedback: 日本語カタログ (ここにないキーは en.ftl にフォールバックします)。
# 日本語の複数形は [other] のみ。

## フォーム

form-heading = フィードバックセッションを申し込む
form-intro = あなたのことと、話したい内容を教えてください。このページからは何も送信されません。Slack に投稿するメッセージ、メール、またはカレンダーの予定を作成します。
sessions-heading = 今後のセッション
sessions-none = 予定されているセッションはありません。代わりに都合のよい時間を記入してください。
sessions-cancelled = 中止
label-timezone = あなたのタイムゾーン
label-organization = 組織
help-organization = OpenTelemetry の利用について話す組織です。
label-name = お名前
help-name = お呼びする際のお名前です。
label-role = 役割
help-role = 例：プラットフォームエンジニア、SRE リード。
label-email = メールアドレス
help-email = セッションについての返信にのみ使います。
label-slack = Slack のハンドル
help-slack = CNCF Slack でのハンドル（例：@jane）またはメンバー ID（U…）。
contact-heading = 連絡先
contact-help = メールアドレスか Slack のハンドル、または両方を入力してください。
label-topics = 話したいこと
help-topics = 1 つ以上選んでください。
topic-special-use-cases = 特殊なユースケース
topic-implementation = 実装における課題
topic-adoption = 組織内での導入における課題
help-topic-special-use-cases = OpenTelemetry の使い方で特徴的なこと。
help-topic-implementation = うまくいったことは？改善が必要なことは？計装からドキュメントまで、何でも構いません。
help-topic-adoption = チームでの導入を進めるために、コミュニティはどのように支援できますか？
label-details = 詳細
help-details = セッションの前に知っておくべきこと。任意です。
label-slots = 希望するセッション
help-slots = 都合のよいセッションを最大 { $max } つ選んでください。
label-alternative-time = ほかに都合のよい時間
help-alternative-time = セッションを選ばない場合は必須です。例：「火曜日 15:00 UTC 以降」。
compliance-heading = コンプライアンス
compliance-help = セッションは録画され、一般に公開されます。また、OpenTelemetry ブログに要約記事を掲載します。
label-delete-recording = メモと要約の作成後に録画を削除する
help-delete-recording = 組織にコンプライアンス上の懸念がある場合、メモとフィードバックをまとめた後に録画を削除します。
label-anonymize-post = ブログ記事を匿名にする
help-anonymize-post = 要約記事にあなたの組織名を載せません。
optional = 任意
required = 必須
chars-left = 残り { $count } 文字
chars-over = { $count } 文字超過しています
chars-over-at-least = { $count } 文字以上超過しています
slots-picked = { $count ->
    [0] セッションが選ばれていません
   *[other] { $count } 件のセッションを選択中
}

## ボタン、お知らせ

button-check = 申し込み内容を確認
button-copy-message = Slack のメッセージをコピー
button-open-channel = ブラウザーで #{ $channel } を開く
button-open-channel-app = Slack アプリで #{ $channel } を開く
button-dm = Slack で { $name } にメッセージを送る
button-email = メールを書く
button-copy-email = メールの本文をコピー
button-ics = { $when } の予定をダウンロード (.ics)
button-ics-series = すべての回をカレンダーに追加 (.ics)
button-gcal = { $when } を Google カレンダーに追加
button-join-slack = CNCF Slack に参加
send-heading = 申し込みを送る
send-help = メッセージを #{ $channel } に投稿するか、メンテナーに直接送ってください。
notice-copied = クリップボードにコピーしました。
notice-copy-failed = コピーできませんでした。テキストを選択してコピーしてください。
notice-email-shortened = メールがリンクには長すぎるため、詳細を短くしました。代わりに下の全文をメールにコピーしてください。
notice-no-email-recipient = 依頼用のメールアドレスは公開されていません。メッセージを #{ $channel } に投稿するか、Slack でメンテナーに送ってください。
errors-heading = 続けるには { $count } 件の問題を修正してください：
notice-valid = 申し込みを送る準備ができました。

## エラーメッセージ内の項目名

field-organization = 組織
field-name = お名前
field-email = メールアドレス
field-slack = Slack のハンドル
field-role = 役割
field-topics = トピック
field-details = 詳細
field-slots = 希望するセッション
field-alternative-time = ほかの時間
field-tz = タイムゾーン

## 入力チェックのエラー

err-required = 「{ $field }」が空です。入力してください。
err-organization-required = 組織名を入力してください。
err-name-required = お名前を入力してください。
err-contact-required = 返信できるよう、メールアドレスか Slack のハンドル（または両方）を入力してください。
err-topics-required = トピックを 1 つ以上選んでください。
err-alternative-time-required = セッションを選ぶか、ほかに都合のよい時間を記入してください。
err-too-long = 「{ $field }」は { $max } 文字を超えています。{ $max } 文字以内に短くしてください。
err-forbidden-character = 「{ $field }」の{ $line ->
    [0] { $column } 文字目
   *[other] { $line } 行目 { $column } 文字目
}に見えない文字または制御文字があります: { $char }。削除してください。
err-invalid-email = 「{ $value }」はメールアドレスではありません。name@example.com の形式で入力してください。
err-invalid-slack = 「{ $value }」は Slack のハンドルではありません。@ と表示名（例：@jane）、またはメンバー ID（例：U01ABCDEF23）を入力してください。
err-group-mention = 「{ $value }」はチャンネル全体に通知されます。ご自身の Slack ハンドルを入力してください。
err-unknown-topic = 「{ $value }」はトピックではありません。special-use-cases、implementation、adoption のいずれかを使ってください。
err-duplicate-topic = トピック「{ $value }」が 2 回指定されています。1 回だけにしてください。
err-invalid-slot = 「{ $value }」は日時ではありません。RFC 3339 形式（例：2026-11-26T18:00:00Z）を使ってください。
err-not-a-session = { $when } はセッションの時間ではありません。今後のセッションから選んでください。
err-in-the-past = { $when } はすでに過ぎています。今後のセッションを選んでください。
err-duplicate-slot = { $when } が 2 回選ばれています。各セッションは 1 回だけ選んでください。
err-too-many-slots = { $count } 件のセッションが選ばれています。{ $max } 件以下にしてください。
err-calendar-needs-slot = カレンダーの予定には希望するセッションが必要です。今後のセッションから 1 つ選んでください。
err-unknown-zone = 「{ $value }」はタイムゾーンではありません。Asia/Tokyo のような IANA 名を使ってください。
err-unknown-field = 「{ $value }」は申し込みの項目ではありません。綴りを確認してください。
err-invalid-json = 申し込みが正しい JSON ではありません（{ $detail }）。ファイルを修正してください。

## 作成される申し込み（Slack、メール、カレンダー）

msg-title = フィードバックセッションの申し込み
msg-intro = こんにちは。OpenTelemetry エンドユーザーのフィードバックセッションを予定したいと考えています。
msg-organization = 組織
msg-contact = 連絡先
msg-role = 役割
msg-email = メール
msg-slack = Slack
msg-topics = トピック
msg-slots = 希望するセッション
msg-no-slots = 予定されたセッションはいずれも不可
msg-alternative-time = ほかの時間
msg-compliance = コンプライアンス
msg-delete-recording-yes = メモの要約後に録画を削除してください。
msg-delete-recording-no = 録画は保存して構いません。
msg-anonymize-yes = ブログ記事は匿名にしてください。
msg-anonymize-no = ブログ記事に組織名を載せて構いません。
msg-details = 詳細
msg-sent-from = { $url } で作成
msg-shortened = … [短縮しました：全文はコピーしたメッセージにあります]
email-subject = フィードバックセッションの申し込み：{ $organization }
event-summary = OpenTelemetry フィードバックセッション：{ $organization }
series-summary = OpenTelemetry End-User SIG
series-description = OpenTelemetry End-User SIG のミーティング。フィードバックセッションは通常ここで行われます。詳細：{ $url }

## 曜日

wd-mon = 月
wd-tue = 火
wd-wed = 水
wd-thu = 木
wd-fri = 金
wd-sat = 土
wd-sun = 日

## Widget: zone picker, clock, day markers, notices

label-hour12 = 12時間表示
slot-none = どれも合わない — 別の日時を提案する
day-later = 翌日
day-earlier = 前日
day-later-long = あなたのタイムゾーンでは翌日
day-earlier-long = あなたのタイムゾーンでは前日
button-clear = フォームをクリア
notice-zone-unknown = このブラウザーはタイムゾーン「{ $zone }」を認識できません。時刻は UTC で表示しています。
help-timezone = 入力して検索できます(例: Tokyo、Kyiv)。
button-open-channel-web = ブラウザーで #{ $channel } を開く
calendar-heading = カレンダーに追加
email-heading = メール
notice-copy-select = Ctrl+C(Mac では ⌘C)を押して、選択したテキストをコピーしてください。
notice-unavailable = このページではセッションの選択を表示できませんでした。ここに記載の予定は有効です。
notice-form-unavailable = リクエストフォームを読み込めませんでした。Slack の #{ $channel } でもセッションを依頼できます。
source-time = { $day }曜 { $time }（{ $city }時間、{ $zone }）
zone-none = 「{ $text }」に一致するタイムゾーンはありません。時刻は引き続き{ $zone }で表示します。
zone-did-you-mean = 「{ $text }」に一致するタイムゾーンはありません。{ $zones } のことですか？時刻は引き続き{ $zone }で表示します。
zone-several = 「{ $text }」に当たるタイムゾーンが複数あります：{ $zones }。一つ選んでください。時刻は引き続き{ $zone }で表示します。
zone-looking-up = タイムゾーン「{ $text }」を検索しています。それまで時刻は{ $zone }で表示します。
zone-lookup-unavailable = 現在タイムゾーン名を検索できないため、「{ $text }」を認識できませんでした。時刻は引き続き{ $zone }で表示します。Asia/Tokyo のような IANA 名なら使えます。
zone-shown-in = 時刻を{ $zone }で表示しています。
notice-zone-none = このブラウザーはタイムゾーンを知らせていないため、時刻を UTC で表示しています。上でタイムゾーンを選んでください。
notice-tzdata = これらの時刻は、このブラウザーより新しいタイムゾーンデータベース { $release } に基づいています。
button-request = セッションを申し込む
label-message = Slack に送るメッセージ
notice-storage-unavailable = このブラウザーでは下書きを保存できません。再読み込みやページの移動で失われます。
notice-cleared = フォームを消去しました。
button-undo = 元に戻す
notice-session-gone = { $when } のセッションは受け付けていません。別のセッションを選んでください。

## スケジュールの文 (core/src/describe.rs)

schedule-one = セッションは通常、{ $rule }に行われます。
schedule-one-labelled = セッションは通常、{ $label } のミーティング（{ $rule }）の中で行われます。
schedule-many = セッションは通常、次の日程で行われます: { $list }。
schedule-item-labelled = { $label }（{ $rule }）
schedule-cadence = { $every ->
    [1] 毎週
    [2] 隔週
   *[other] { $every } 週間ごとの
}{ $day ->
    [mon] 月曜日
    [tue] 火曜日
    [wed] 水曜日
    [thu] 木曜日
    [fri] 金曜日
    [sat] 土曜日
   *[sun] 日曜日
}
schedule-rule = { $cadence } { $zone } { $time }
schedule-until = { $rule }（{ $date } まで）
schedule-at = { $date } { $zone } { $time }
schedule-extra = 追加のセッション: { $list }。
schedule-cancelled = 休止: { $list }。
schedule-sep = 、
schedule-sentences = { $a }{ $b }
page-fallback-how = 予約するには、CNCF Slack の { $channel } チャンネルでご連絡ください。
schedule-shown-in = 以下の時刻は{ $zone }です。
tz-other = { $zone } 時間
tz-america-los-angeles = 太平洋時間
tz-america-denver = 山岳部時間
tz-america-chicago = 中部時間
tz-america-new-york = 東部時間
tz-europe-london = 英国時間
tz-europe-berlin = 中央ヨーロッパ時間
tz-asia-tokyo = 日本時間
tz-utc = UTC

# ページの言語でのタイムゾーン名、言語に合った句読点、メッセージの言語（issue 27）。
intro-shown-in = 以下の時刻は{ $zone }です。
slot-label = { $when }、{ $source }
slot-label-day = { $when }、{ $source }、{ $day }
message-lang-note = メッセージは、チャンネルの全員が読めるようにチャンネルの言語（{ $language }）で書かれています。
message-lang-switched = メッセージはこのページの言語（{ $own }）で書かれています。チャンネルの言語は{ $language }です。
message-lang-switch = メッセージをこのページの言語（{ $own }）で書く
notice-cleared-elsewhere = 下書きは別のタブで消去されました。
