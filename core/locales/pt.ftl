# otel-feedback: catálogo em português (chaves ausentes caem para en.ftl).
# Plural (CLDR pt): [one] 0 e 1; [other] o resto.

## Formulário

form-heading = Solicite uma sessão de feedback
form-intro = Conte quem você é e sobre o que gostaria de conversar. Nada é enviado desta página: você recebe uma mensagem para publicar no Slack, um e-mail ou um evento de calendário.
sessions-heading = Próximas sessões
sessions-none = Não há sessões agendadas. Descreva os horários que funcionam para você.
sessions-cancelled = Cancelada
label-timezone = Seu fuso horário
label-organization = Organização
help-organization = A organização cujo uso do OpenTelemetry vamos discutir.
label-name = Seu nome
help-name = Como devemos chamar você.
label-role = Sua função
help-role = Por exemplo: engenheira de plataforma, líder de SRE.
label-email = E-mail
help-email = Usamos apenas para responder sobre a sessão.
label-slack = Usuário no Slack
help-slack = Seu usuário no Slack da CNCF, como @jane, ou seu ID de membro (U…).
contact-heading = Como podemos falar com você?
contact-help = Informe um e-mail, um usuário no Slack ou ambos.
label-topics = Sobre o que você gostaria de conversar?
help-topics = Escolha pelo menos um.
topic-special-use-cases = Casos de uso especiais
topic-implementation = Desafios na implementação
topic-adoption = Desafios na adoção dentro da organização
help-topic-special-use-cases = Qualquer coisa incomum na forma como você usa o OpenTelemetry.
help-topic-implementation = O que deu certo? O que precisa melhorar? Pode ser qualquer coisa, da instrumentação à documentação.
help-topic-adoption = Como a comunidade pode ajudar você a impulsionar a adoção nas suas equipes?
label-details = Detalhes
help-details = Algo que devemos saber antes da sessão. Opcional.
label-slots = Sessões preferidas
help-slots = { $max ->
    [one] Escolha a sessão que funciona para você.
   *[other] Escolha até { $max } sessões que funcionam para você.
}
label-alternative-time = Outros horários que funcionam para você
help-alternative-time = Obrigatório se você não escolher nenhuma sessão. Por exemplo: "terças depois das 15:00 UTC".
compliance-heading = Conformidade
compliance-help = As sessões são gravadas e abertas ao público, e escrevemos um resumo para o blog do OpenTelemetry.
label-delete-recording = Excluir a gravação depois que as notas forem resumidas
help-delete-recording = Se a sua organização tiver requisitos de conformidade, excluímos a gravação depois de resumir as notas e o feedback.
label-anonymize-post = Anonimizar o post do blog
help-anonymize-post = O resumo não mencionará o nome da sua organização.
optional = opcional
required = obrigatório
chars-left = { $count ->
    [one] Resta { $count } caractere
   *[other] Restam { $count } caracteres
}
chars-over = { $count ->
    [one] { $count } caractere a mais
   *[other] { $count } caracteres a mais
}
chars-over-at-least = { $count ->
    [one] Pelo menos { $count } caractere a mais
   *[other] Pelo menos { $count } caracteres a mais
}
slots-picked = { $count ->
    [0] Nenhuma sessão escolhida
    [one] 1 sessão escolhida
   *[other] { $count } sessões escolhidas
}

## Botões, avisos

button-check = Verificar minha solicitação
button-copy-message = Copiar a mensagem para o Slack
button-open-channel = Abrir #{ $channel } no navegador
button-open-channel-app = Abrir #{ $channel } no app do Slack
button-dm = Enviar mensagem para { $name } no Slack
button-email = Escrever um e-mail
button-copy-email = Copiar o texto do e-mail
button-ics = Baixar o evento de { $when } (.ics)
button-ics-series = Adicionar toda a série ao calendário (.ics)
button-gcal = Adicionar { $when } ao Google Agenda
button-join-slack = Entrar no Slack da CNCF
send-heading = Envie sua solicitação
send-help = Publique a mensagem em #{ $channel } ou envie diretamente para uma pessoa mantenedora.
notice-copied = Copiado para a área de transferência.
notice-copy-failed = Não foi possível copiar. Selecione o texto e copie você mesmo.
notice-email-shortened = O e-mail ficou longo demais para um link, então os detalhes foram encurtados. Copie o texto completo abaixo para o e-mail.
notice-no-email-recipient = Nenhum endereço de e-mail é publicado para pedidos: publique a mensagem em #{ $channel } ou envie-a a um mantenedor no Slack.
errors-heading = { $count ->
    [one] Corrija { $count } problema para continuar:
   *[other] Corrija { $count } problemas para continuar:
}
notice-valid = Sua solicitação está pronta para envio.

## Nomes dos campos nas mensagens de erro

field-organization = Organização
field-name = Nome
field-email = E-mail
field-slack = Usuário no Slack
field-role = Função
field-topics = Temas
field-details = Detalhes
field-slots = Sessões preferidas
field-alternative-time = Outros horários
field-tz = Fuso horário

## Erros de validação

err-required = “{ $field }” está vazio; preencha o campo.
err-organization-required = Informe o nome da sua organização.
err-name-required = Informe seu nome.
err-contact-required = Informe um e-mail ou um usuário no Slack (ou ambos) para podermos responder.
err-topics-required = Escolha pelo menos um tema.
err-alternative-time-required = Escolha uma sessão ou descreva outros horários que funcionam para você.
err-too-long = “{ $field }” tem mais de { $max ->
    [one] { $max } caractere
   *[other] { $max } caracteres
}; encurte para { $max } ou menos.
err-forbidden-character = “{ $field }” tem um caractere invisível ou de controle { $line ->
    [0] na posição { $column }
   *[other] na linha { $line }, coluna { $column }
}: { $char }; remova-o.
err-invalid-email = “{ $value }” não é um endereço de e-mail; use o formato nome@example.com.
err-invalid-slack = “{ $value }” não é um usuário do Slack; use @ seguido do seu nome de exibição (como @jane) ou seu ID de membro (como U01ABCDEF23).
err-group-mention = “{ $value }” notificaria um canal inteiro; informe o seu próprio usuário no Slack.
err-unknown-topic = “{ $value }” não é um tema; use special-use-cases, implementation ou adoption.
err-duplicate-topic = O tema “{ $value }” aparece duas vezes; informe-o uma vez só.
err-invalid-slot = “{ $value }” não é uma data e hora; use RFC 3339, como 2026-11-26T18:00:00Z.
err-not-a-session = { $when } não é uma sessão; escolha uma das próximas sessões.
err-in-the-past = { $when } já passou; escolha uma sessão futura.
err-duplicate-slot = { $when } foi escolhida duas vezes; escolha cada sessão uma vez só.
err-too-many-slots = { $count ->
    [one] { $count } sessão escolhida
   *[other] { $count } sessões escolhidas
}; escolha { $max } ou menos.
err-calendar-needs-slot = Um evento de calendário precisa de uma sessão preferida; escolha uma das próximas sessões.
err-unknown-zone = “{ $value }” não é um fuso horário; use um nome IANA, como America/Sao_Paulo.
err-unknown-field = “{ $value }” não é um campo da solicitação; verifique a grafia.
err-invalid-json = A solicitação não é um JSON válido ({ $detail }); corrija o arquivo.

## A solicitação composta (Slack, e-mail, calendário)

msg-title = Solicitação de sessão de feedback
msg-intro = Olá! Gostaríamos de agendar uma sessão de feedback de usuários finais do OpenTelemetry.
msg-organization = Organização
msg-contact = Contato
msg-role = Função
msg-email = E-mail
msg-slack = Slack
msg-topics = Temas
msg-slots = Sessões preferidas
msg-no-slots = Nenhuma das sessões agendadas
msg-alternative-time = Outros horários
msg-compliance = Conformidade
msg-delete-recording-yes = Por favor, excluam a gravação depois que as notas forem resumidas.
msg-delete-recording-no = A gravação pode ser mantida.
msg-anonymize-yes = Por favor, anonimizem o post do blog.
msg-anonymize-no = O post do blog pode citar a organização.
msg-details = Detalhes
msg-sent-from = Composto em { $url }
msg-shortened = … [encurtado: o texto completo está na mensagem copiada]
email-subject = Solicitação de sessão de feedback: { $organization }
event-summary = Sessão de feedback do OpenTelemetry: { $organization }
series-summary = OpenTelemetry End-User SIG
series-description = A reunião do End-User SIG do OpenTelemetry, onde as sessões de feedback costumam acontecer. Detalhes: { $url }

## Dias da semana

wd-mon = seg
wd-tue = ter
wd-wed = qua
wd-thu = qui
wd-fri = sex
wd-sat = sáb
wd-sun = dom

## Widget: zone picker, clock, day markers, notices

label-hour12 = Relógio de 12 horas
slot-none = Nenhuma destas — propor outro horário
day-later = +1 dia
day-earlier = −1 dia
day-later-long = no dia seguinte no seu fuso horário
day-earlier-long = no dia anterior no seu fuso horário
button-clear = Limpar o formulário
notice-zone-unknown = Este navegador não conhece o fuso horário “{ $zone }”; os horários são mostrados em UTC.
help-timezone = Digite para pesquisar, por exemplo Tokyo ou Kyiv.
button-open-channel-web = Abrir #{ $channel } no navegador
calendar-heading = Adicionar ao calendário
email-heading = E-mail
notice-copy-select = Pressione Ctrl+C (⌘C no Mac) para copiar o texto selecionado.
notice-unavailable = Não foi possível abrir o seletor de sessões nesta página. A agenda descrita aqui continua válida.
notice-form-unavailable = Não foi possível carregar o formulário de pedido. Você ainda pode pedir uma sessão em #{ $channel } no Slack.
source-time = { $day } { $time } no horário de { $city } ({ $zone })
zone-none = Nenhum fuso horário corresponde a “{ $text }”; os horários continuam no { $zone }.
zone-did-you-mean = Nenhum fuso horário corresponde a “{ $text }”. Você quis dizer { $zones }? Os horários continuam no { $zone }.
zone-several = Vários fusos horários se chamam “{ $text }”: { $zones }. Escolha um; os horários continuam no { $zone }.
zone-looking-up = Procurando o fuso horário “{ $text }”; enquanto isso, os horários continuam no { $zone }.
zone-lookup-unavailable = Não é possível procurar nomes de fusos horários agora, então “{ $text }” não foi reconhecido; os horários continuam no { $zone }. Um nome IANA como Asia/Tokyo ainda funciona.
zone-shown-in = Horários agora mostrados no { $zone }.
notice-zone-none = Este navegador não informa o seu fuso horário, então os horários são mostrados em UTC: escolha o seu fuso acima.
notice-tzdata = Estes horários seguem a base de dados de fusos horários { $release }, mais recente que a deste navegador.
button-request = Solicitar uma sessão
label-message = Sua mensagem para o Slack
notice-storage-unavailable = Este navegador não permite que a página guarde seu rascunho: ele se perde se você recarregar ou sair da página.
notice-cleared = O formulário foi limpo.
button-undo = Desfazer
notice-session-gone = A sessão de { $when } não é mais oferecida; escolha outra.

## A frase do calendário (core/src/describe.rs)

schedule-one = As sessões costumam acontecer { $rule }.
schedule-one-labelled = As sessões costumam acontecer durante a reunião do { $label }, { $rule }.
schedule-many = As sessões costumam acontecer em vários horários: { $list }.
schedule-item-labelled = { $label }: { $rule }
schedule-cadence = { $every ->
    [1] { $day ->
        [mon] toda segunda-feira
        [tue] toda terça-feira
        [wed] toda quarta-feira
        [thu] toda quinta-feira
        [fri] toda sexta-feira
        [sat] todo sábado
       *[sun] todo domingo
    }
    [2] { $day ->
        [mon] em segundas-feiras alternadas
        [tue] em terças-feiras alternadas
        [wed] em quartas-feiras alternadas
        [thu] em quintas-feiras alternadas
        [fri] em sextas-feiras alternadas
        [sat] em sábados alternados
       *[sun] em domingos alternados
    }
   *[other] a cada { $every } semanas, { $day ->
        [mon] às segundas-feiras
        [tue] às terças-feiras
        [wed] às quartas-feiras
        [thu] às quintas-feiras
        [fri] às sextas-feiras
        [sat] aos sábados
       *[sun] aos domingos
    }
}
schedule-rule = { $cadence }, às { $time } { $zone }
schedule-until = { $rule }, até { $date }
schedule-at = { $date }, às { $time } { $zone }
schedule-extra = { $count ->
    [one] Sessão extra
   *[other] Sessões extras
}: { $list }.
schedule-cancelled = Sem sessão em: { $list }.
schedule-sep = {"; "}
schedule-sentences = { $a } { $b }
page-fallback-how = Para agendar uma, escreva para nós no CNCF Slack em { $channel }.
schedule-shown-in = Os horários abaixo estão { $zone }.
tz-other = no horário de { $zone }
tz-america-los-angeles = no horário do Pacífico
tz-america-denver = no horário das Montanhas (EUA)
tz-america-chicago = no horário central (EUA)
tz-america-new-york = no horário do Leste (EUA)
tz-europe-london = no horário do Reino Unido
tz-europe-berlin = no horário da Europa Central
tz-asia-tokyo = no horário do Japão
tz-utc = em UTC

# Fusos como a língua da página os nomeia, a pontuação da língua e a língua
# da mensagem (issue 27). { $zone }: o nome do navegador (Intl), sem "no".
intro-shown-in = Os horários abaixo estão no { $zone }.
slot-label = { $when } ({ $source })
slot-label-day = { $when } ({ $source }), { $day }
message-lang-note = A mensagem está escrita em { $language }, o idioma do canal, para que todos lá possam lê-la.
message-lang-switched = A mensagem está escrita em { $own }, o idioma desta página; o idioma do canal é { $language }.
message-lang-switch = Escrever a mensagem em { $own }, o idioma desta página
notice-cleared-elsewhere = O rascunho foi apagado em outra aba.
