package librarytest

// Money: debt and benefits, scams and fraud, things you bought.
func init() {
	domainSources = append(domainSources, lexDebt, lexScams, lexConsumer)
}

const lexDebt = `
domain debt | Debt and money worries | debts, bills and benefits you are struggling with
routes: support crisis report-police
org: StepChange | National Debtline | Citizens Advice
scope: \b(debts?|arrears|bailiffs?|enforcement (agents?|officers?)|debt collectors?|collection agency|county court claim|court claim|ccj|loan sharks?|illegal lender|payday loans?|universal credit|benefits? (stopped|sanction\w*|suspended)|sanctioned|pip|mandatory reconsideration|council tax (arrears|summons|reminder)|prepayment meter|emergency credit|food ?bank|no money for food|cant afford (food|to eat))\b
help: Get free debt advice | $org {can look at everything you owe|will go through your money with you} and {talk to the people you owe|deal with creditors} for you. If the worry is too much, $route {can listen|is there day and night}.
disclaim: financial or legal advice
source: https://www.gov.uk/options-for-paying-off-your-debts | Options for paying off your debts | GOV.UK | The ways to deal with debts, from payment plans to formal options.
source: https://www.citizensadvice.org.uk/debt-and-money/ | Debt and money | Citizens Advice | Free help with debts, bills and dealing with creditors.
source: https://www.gov.uk/your-property-bailiffs | Bailiffs: what they can and cannot do | GOV.UK | What bailiffs can take, when they can come in and how to complain.
tag: struggling with debt
tag: cant pay my bills
tag: money worries help
tag: in debt and scared
dont: Do not {ignore letters|leave letters unopened} | {The problem grows|Costs and deadlines pile up} while they sit there.
dont: Do not {borrow more to pay off a debt|take out a loan to cover another} | It usually makes {things worse|the hole deeper}, and costs more in the end.
dont: Do not {pay a company to sort your debts|pay for debt help} | {Good debt advice is free|Free advice is just as good}, from charities such as StepChange.
dont: Do not {hide from the people you owe|stop answering for good} | {Talking early|Getting in touch early} gives you more choices.
dont: Do not {pay the loudest creditor first|pay whoever shouts most} | {Rent, council tax and energy come first|Some debts matter more than others}, because the penalties are worse.
step: {List what you owe|Make a list of your debts} | Write down who you owe, how much, and what they are asking for. {Put the letters in one place|Keep all the letters together}.
step: {Work out your budget|Add up money in and money out} | {A simple budget|Knowing what is left each month} shows what you can really afford to pay.
step: {Deal with priority bills first|Put the most serious bills first} | Rent or mortgage, council tax, energy and court fines {have the worst penalties|can lead to losing your home or supply}.
step: {Check you get every benefit you can|Run a benefits check} | {Free online calculators|Advisers} {can show|will tell you} {money you are missing|benefits you may be owed}.
step: {Ask for breathing space|Ask about a pause on interest and action} | {In England and Wales, a debt adviser can start|An adviser can apply for} a breathing space that {stops most interest and action|pauses interest, charges and collection} for sixty days.
wait: {Paying every debt in full|Clearing it all at once}. {A plan you can keep to|An affordable plan} matters more.
wait: {Bankruptcy or other formal options|Big decisions such as bankruptcy}. An adviser {will talk you through|can explain} them later.
wait: {Telling everyone you know|Explaining it to family}. Do it when you feel ready.
wait: {Reading every letter in detail tonight|Going through all the paperwork at once}.
calm: {Debt can happen to anyone|Money trouble can happen to anyone}, {after a job loss, an illness or a break-up|often after something outside your control}.
calm: {There is a way through this|Debts can be sorted}, and {free advisers deal with this every day|advisers see situations like yours every day}.
calm: {Feeling ashamed or frightened is normal|It is normal to feel scared or ashamed}, but you have {done nothing wrong by asking for help|nothing to hide from an adviser}.
short: {Free debt advice can stop things getting worse|A free debt adviser can help you take control}.
short: {Deal with priority bills first|Rent, council tax and energy come first}, and {do not borrow more|avoid new borrowing}.
note: It does not cover business debts.
note: If you run a business, {ask a business debt adviser|use a business debt line} as well.

who single-parent | as a single parent | single parent, single mum, single dad, lone parent | im a single mum, its just me and the kids, im a single dad, im bringing up two kids alone
step: {Check help for families|Ask about help for children} | You may be able to get {child benefit|help with childcare costs}, free school meals or a household support grant.
calm: {Lots of single parents|Many parents on their own} face this, and {there is help|support is out there} for families.
who disabled | and you have a disability or illness | disabled, long-term illness, on pip, sick | im disabled, i get pip, im too ill to work, i have a long-term illness
step: {Tell creditors about your health|Let the people you owe know about your illness} | {They should treat you fairly|Firms must take your circumstances into account}, and may pause {payments|action}.
wait: {Arguing about your benefits award|Appealing a benefit decision}, unless a deadline is close.
who student | as a student | student, uni student, at university | im a student, im at uni, im in my final year, im doing a degree
step: {Talk to your university's money advice team|See the student money adviser} | Most universities have {hardship funds|emergency grants} and free advice.
who older | as a pensioner | pensioner, retired, on a pension, elderly | im retired, im on my pension, im 72, im a pensioner
step: {Check for pension credit|Ask about pension credit} | {Many older people miss out|It is often not claimed}, and it can unlock other help.

also job-loss | after losing your job | lost my job, made redundant, out of work, unemployed | i just lost my job, i was made redundant, im out of work, my hours got cut to nothing
step: {Claim benefits straight away|Apply for universal credit now} | {Payments can take weeks|The first payment takes about five weeks}, so {do not wait|apply today}.
also mental-health | and it is affecting your mental health | stressed, depressed, anxious, cant sleep | i cant sleep for worrying, its making me depressed, im so anxious about it, i cant cope with the stress
step: {Tell the adviser how you feel|Let creditors know about your mental health} | {There are rules|Creditors must} for treating people with mental health problems fairly.
calm: {Money worries and low mood often go together|Debt and stress feed each other}, and {help with one helps the other|both can get better with help}.
also partner-debt | and the debts are in a partner's or ex's name too | joint debt, partners debt, ex left me with debt | my ex left me with the bills, the loan is in both our names, he ran up debts on my card
addroute: partner
step: {Ask about joint debts|Check who is liable} | {For a joint debt|When a debt is in both names}, each of you can be asked for all of it. An adviser can explain.

event bailiffs | bailiffs are {coming to|at} your home | the bailiffs | bailiffs at your home
tag: bailiffs at my door
tag: enforcement agent letter
tag: can bailiffs come in my house
tag: bailiffs coming tomorrow
tag: what can bailiffs take
tag: bailiff visit council tax
ask: there is a man knocking saying he will take my car if i dont pay today
ask: got a letter saying enforcement officers will visit next week
ask: are they allowed to force their way in for a parking fine debt
ask: bailiff says he will come back with a locksmith
ask: they want £800 on the doorstep or theyll take my stuff
dont: Do not {let them in if you do not have to|open the door to them without advice} | {Bailiffs usually cannot force their way in|In most cases they cannot force entry} on a first visit.
step: {Keep the door shut and talk through it|Talk through a closed door or a window} | Ask {who they are|for their name and badge number} and {which debt it is|what the debt is for}.
step: {Ask for a payment plan|Offer what you can afford} | {Contact the creditor and the bailiff firm|Call the firm} and offer an amount you can keep up.
step: {Get urgent debt advice|Call a debt line today} | An adviser can {check the bailiffs are following the rules|tell you if the fees are right} and {help stop them|speak to them for you}.
short: {Keep the door shut|Do not let them in}, offer a payment you can afford and {call a free debt line today|get urgent debt advice}.

event debt-collectors | debt collectors keep {calling|chasing} you | the calls | debt collectors chasing you
tag: debt collectors keep calling
tag: debt collection agency letters
tag: harassed by debt collectors
tag: debt collector calling at work
tag: dont recognise this debt
tag: old debt collectors chasing
ask: they ring me ten times a day about some catalogue i never had
ask: a company i have never heard of says i owe them for an old phone bill
ask: im getting threatening letters from a collection firm
ask: they called my mum and told her about my debts
ask: a debt from years ago has come back and they want it all now
dont: Do not {pay a debt you do not recognise|hand over money before they prove it} | Ask them to {prove you owe it|send a copy of the agreement} first.
step: {Ask for proof of the debt|Write and ask for the credit agreement} | {Until they send it|While you wait}, they should not {take action|go further}.
step: {Check whether it is too old|Check the date of the last payment} | {Very old debts may no longer be enforceable|Some debts run out after six years}. An adviser can check.
step: {Complain about harassment|Report bullying calls} | {Collectors must treat you fairly|There are rules about how often they can contact you}. Complain to the firm, then the Financial Ombudsman.
short: {Ask them to prove the debt|Do not pay until they prove you owe it}, {tell them how to contact you|keep a note of every call} and get free debt advice.

event energy-arrears | you cannot pay your {energy|gas and electric} bills | your energy bill | energy bills you cannot pay
tag: cant pay gas and electric
tag: energy bill arrears
tag: prepayment meter no credit
tag: gas company threatening to cut off
tag: energy supplier debt help
tag: cant afford to top up meter
ask: the meter is on emergency credit and i have nothing until friday
ask: british gas say i owe them two grand and want to fit a key meter
ask: we are sitting in the cold because we cant top up
ask: got a letter saying my power will be switched off
ask: my direct debit went up again and i cant cover it
dont: Do not {go without heating if someone is ill|switch off the heating completely} | {Cold homes make people ill|It can be dangerous for babies, older people and anyone unwell}.
step: {Call your supplier now|Contact your energy company} | {They must offer|Ask for} a payment plan you can afford, and {extra help if you are struggling|emergency credit}.
step: {Apply for a grant|Ask about hardship funds} | {Many suppliers and charities|Some suppliers} have funds to {clear energy debts|help with arrears}.
step: {Join the priority services register|Ask to go on the priority register} | {It is free|It costs nothing} and helps {if you are older, disabled or have young children|people who need extra help}.
short: {Call your supplier now|Contact your energy company} and ask for an affordable plan and {emergency credit|extra help}. Ask about grants to clear energy debt.

event council-tax | you are behind on your council tax | the council tax | council tax arrears
tag: behind on council tax
tag: council tax reminder letter
tag: council tax summons
tag: council tax liability order
tag: cant pay council tax
tag: council tax reduction
ask: got a summons to the magistrates for not paying my council bill
ask: missed two payments and now they want the whole year
ask: the council sent a final notice and i only have £40 left this month
ask: am i entitled to pay less council tax if im on my own
ask: they said they will send enforcement agents about my band d bill
dont: Do not {leave council tax until last|put council tax behind other bills} | {It is a priority debt|Councils can use bailiffs quickly}.
step: {Call the council|Contact the council tax team} | Ask to {spread the arrears|pay the arrears over time} and {stop further action|hold off enforcement}.
step: {Check for discounts and reductions|Apply for council tax reduction} | {Living alone|Being on a low income} can {cut your bill|bring the bill down}.
step: {Go to the hearing if summoned|Do not ignore a summons} | {You can still agree a plan|Talk to the council before the date}.
short: {Call the council now|Contact the council tax team} to agree a plan, {apply for any discount|check for reductions}, and {do not ignore a summons|get advice before any hearing}.

event court-claim | you have {received|been sent} a court claim for a debt | the claim | a county court claim for a debt
tag: county court claim form
tag: ccj letter what do i do
tag: court claim for debt
tag: money claim online
tag: letter before claim
tag: how to respond to court claim
ask: got a big envelope from the court saying a company is suing me for £2,000
ask: whats a ccj and will it ruin my credit
ask: they have started court action over my old credit card
ask: i have fourteen days to reply to a claim form what do i do
ask: it says judgment in default if i dont respond
dont: Do not {ignore the claim form|miss the deadline} | {If you do not reply|Without a reply}, a judgment can be made against you.
step: {Respond by the deadline|Reply within the time on the form} | You can {admit the debt and offer payments|admit all or part}, or {say why you dispute it|defend the claim}.
step: {Check the claim|Read every page carefully} | {Make sure the debt is yours and the amount is right|Check the name, the amount and the dates}.
step: {Pay within a month if you can|Ask about paying quickly} | {Paying in full within a month|Settling it fast} can keep {the judgment|a CCJ} off your credit record.
short: {Reply to the claim by the deadline|Do not miss the deadline on the form}. {Check it is right|Check the amount}, and get free advice on admitting or defending it.

event loan-shark | you {borrowed from|owe money to} a loan shark | the loan shark | money owed to a loan shark
tag: loan shark threatening me
tag: borrowed money from loan shark
tag: illegal money lender
tag: owe money to a dealer
tag: lender took my bank card
tag: interest keeps going up on loan
ask: a bloke on the estate lent me money and now its doubled and he is threatening me
ask: he has my bank card and takes my wages every week
ask: the lender said something will happen to my kids if i dont pay
ask: i borrowed 200 and now he says i owe 1000
ask: someone i borrowed cash from keeps turning up at my house
dont: Do not {borrow again to pay them|take more money from them} | {It only makes the debt bigger|You will owe more}, and {they will not stop|the threats often get worse}.
step: {Call the illegal money lending team|Report the lender confidentially} | {England, Scotland and Wales have teams|There are specialist teams} that {deal with loan sharks|investigate illegal lenders} and {support you|look after people who report}.
step: {Tell the police about threats|Report threats to the police} | {Threats and violence are crimes|Nobody can threaten you over a debt}.
step: {Get your bank card back|Cancel your bank card} | {Ask your bank for a new card|Call your bank} so they cannot take your money.
short: {You do not have to keep paying an illegal lender|A loan from an unlicensed lender may not be owed}. {Report them in confidence|Call the illegal money lending team}, and call {{police-999}} if you are in danger.

event benefits-stopped | your benefits have {stopped|been stopped} | your benefits | benefits stopped or sanctioned
tag: universal credit stopped
tag: benefit sanction what to do
tag: pip payment stopped
tag: benefits suspended no money
tag: mandatory reconsideration
tag: universal credit not paid
ask: my universal credit didnt go in today and i have no money for food
ask: they sanctioned me for missing an appointment i never knew about
ask: my pip has been stopped after the reassessment
ask: the dwp have suspended my payments and wont say why
ask: i got a letter saying ive been overpaid and they are taking money back
dont: Do not {give up on it|accept it without asking why} | {Many decisions are changed|A lot of decisions are overturned} {when people ask|on review}.
step: {Ask why|Call and ask for the reason} | Ask for {the decision in writing|a written reason} and {the date it was made|when it started}.
step: {Ask for a mandatory reconsideration|Challenge the decision} | {You usually have a month|The deadline is usually one month}. {An adviser can help|Advisers help with this every day}.
step: {Ask for a hardship payment or advance|Ask about a hardship payment} | {If you have no money|When money runs out}, {you can ask for help while you wait|ask for an advance or hardship payment}.
short: {Ask why your benefits stopped|Find out why} and {challenge the decision within a month|ask for a reconsideration}. {Ask for a hardship payment|Ask about emergency help} if you have no money.

event no-money-food | you have no money for food until payday | the food | no money for food
tag: no money for food
tag: how to get a food bank voucher
tag: cant afford to eat
tag: emergency food help
tag: nothing to feed my kids
tag: crisis grant council
ask: i have £3 left and nothing in the fridge until friday
ask: how do i get to a food bank i have never been
ask: my kids havent had a proper meal in two days
ask: is there any emergency money from the council
ask: wages are late and the cupboards are bare
dont: Do not {go hungry to feed others|skip meals for days} | {There is help today|Food banks and councils can help now}.
step: {Get a food bank referral|Ask for a food bank voucher} | {Citizens Advice, your GP or a school can refer you|Many local services give referrals}.
step: {Ask your council about crisis help|Apply for a crisis grant} | {Councils run local welfare schemes|Most councils have emergency funds} for food and bills.
step: {Check free school meals|Ask about free school meals} | If you have children, {this can help straight away|they may get them}.
short: {Food banks and council crisis funds can help today|Help with food is there today}. {Ask for a food bank referral|Get a food bank voucher} and {ask your council about crisis grants|apply for emergency help}.
`

const lexScams = `
domain scams | Scams and fraud | scams, fraud and someone taking your money or details
routes: report-fraud report-scam-message support
org: your bank | Report Fraud | Citizens Advice
scope: \b(scam\w*|scammer|fraud\w*|phishing|conned|safe account|clicked (on )?(a|the) link|fake (text|email|call|website|shop|seller)|romance scam|crypto|bitcoin|investment scheme|trading platform|gift cards?|remote access|anydesk|teamviewer|hi mum|new number|payments? i didnt make|card (used|cloned)|didnt authori[sz]e)\b
help: {Report it and get support|Report the fraud and look after yourself} | {Report it to $route|Tell $route}. {It helps stop others being caught|Every report helps}. {If it has shaken you|If you feel low}, {Victim Support|Citizens Advice} {can help too|is there too}.
disclaim: financial advice
source: https://www.ncsc.gov.uk/collection/phishing-scams | Phishing: spot and report scam emails, texts, websites and calls | National Cyber Security Centre | How to spot scam messages and where to report them.
source: https://www.citizensadvice.org.uk/consumer/scams/ | Scams | Citizens Advice | What to do if you have been scammed, and how to get money back.
source: https://www.gov.uk/government/collections/fraud-and-scams | Fraud and scams | GOV.UK | Advice and reporting for fraud and scams.
tag: i think ive been scammed
tag: scam help uk
tag: fraud what to do
tag: been conned
dont: Do not {send more money to get your money back|pay a fee to recover what you lost} | {This is a common second scam|Recovery scams target people who have just been caught}.
dont: Do not {keep talking to the scammer|reply to them} | {They are skilled at pulling people back in|Every reply gives them another chance}.
dont: Do not {feel you have to keep it secret|hide it from family} | {Scammers rely on shame|Telling someone makes it easier to act}.
dont: Do not {delete the messages|clear your call history} | {Your bank and the police may need them|They are your evidence}.
step: {Call your bank now|Ring your bank straight away} | Use the number on the back of your card. {The faster you call|The sooner they know}, the {better the chance of stopping the payment|more they can do}.
step: {Change your passwords|Secure your accounts} | {Start with your email|Begin with email and banking}, and turn on two-step verification.
step: {Save the evidence|Keep every message} | Screenshot {messages, websites and payment details|the messages and the account they used}.
step: {Warn people close to you|Tell friends and family} | {Scammers often try the same trick on them|They may be targeted next}.
step: {Check your credit file|Look for anything in your name} | {Free services|Credit reference agencies} show {new accounts or searches|anything opened in your name}.
wait: {Working out how it happened|Going over what you could have spotted}. {Anyone can be caught|Scams fool careful people every day}.
wait: {Closing all your accounts|Changing banks}.
wait: {Cancelling everything at once|Replacing every card you own}, unless your bank asks you to.
calm: {Scams are designed by criminals to fool people|Scammers are professional criminals}, and {they catch careful, clever people every day|anyone can be caught}.
calm: {Acting quickly is the best thing you can do|You are doing the right thing by acting now}, and {banks see this every day|help is there}.
short: {Call your bank now on the number on your card|Contact your bank straight away}.
short: {Report it and save the messages|Keep the evidence and report it}.
note: It does not cover disputes with a real business that let you down.

who older | as an older person | elderly, pensioner, older person, retired | im 79, im retired, im a pensioner and live alone, at my age i should have known
step: {Ask about the banking protocol|Ask your bank about extra protection} | {Banks can add checks|Many banks offer extra checks} {before large payments|on big withdrawals}.
calm: {Scammers often target older people on purpose|Criminals pick on older people on purpose}, and {it says nothing about you|it is not a sign of anything wrong with you}.
who parent-for | {for an elderly parent who was targeted|on behalf of an elderly mum or dad} | my mum, my dad, my elderly mother, my father | its my mum who got caught, my dad has been taken in, my elderly mother sent them money, my nan was scammed
audience: supporter
step: {Help them call their bank|Sit with them while they call the bank} | {Let them lead the call if they can|Support them without taking over}.
calm: {Be kind about it|Stay gentle}: {they may feel ashamed|shame stops many people telling anyone}.
who young | as a young person | teenager, student, young person | im 19, im a student, im only young, im 20 and skint
step: {Check it was not a money mule job|Be careful of money mule offers} | {Never let anyone use your account|Moving money for others is a crime}, even for a fee.
who business | {for your small business or shop|and it is your small business that lost out} | small business, my shop, self employed, sole trader | its my business account, im self employed, i run a small shop, its the company account
step: {Tell your business bank and your accountant|Alert your business bank} | {Business accounts have different protection|Refund rules can differ for business accounts}, so ask {straight away|at once}.

also large-sum | and you lost a large amount | lost thousands, life savings, all my savings | its all my savings, i lost thousands, we lost over twenty thousand, my pension pot is gone
step: {Ask about reimbursement|Ask your bank about a refund} | {Banks must refund many victims of push payment fraud|Most bank transfer scam victims can now get their money back}, {up to a limit|within limits}.
calm: {Losing a large amount is a huge shock|Losing savings is devastating}, and {it is normal to feel numb or sick|it is a real loss to grieve}.
also again | and it has happened before | again, second time, scammed twice | this is the second time, it happened again, i got caught again
step: {Ask about blocking tools|Ask your bank for gambling and payment blocks} | {Extra blocks|Call-back checks} can {stop payments to new people|make it harder to pay scammers}.
also still-talking | and the scammer is still in touch | still messaging, keeps calling, wont stop | they are still messaging me, he keeps calling back, they say they can get it back
step: {Block them everywhere|Stop all contact} | Block {the number, the email and the profile|every account they use}.

event bank-transfer-scam | you {transferred|sent} money to a scammer from your bank | the transfer | a bank transfer to a scammer
tag: sent money to a scammer by bank transfer
tag: safe account scam
tag: bank transfer fraud refund
tag: transferred money to fraudster
tag: called by fake bank asked to move money
tag: app fraud reimbursement
ask: someone from my bank rang and told me to move everything into a new account
ask: i paid a builder's invoice and the account details had been changed
ask: the caller knew my address and said my account was compromised so i moved it
ask: can i get back the £4000 i sent to what i thought was the police
ask: i moved my savings because the bank said there was fraud but it wasnt them
dont: Do not {trust a caller who says to move money to keep it safe|move money because a caller says so} | {A real bank or the police never asks you to|No genuine bank does this}.
step: {Call your bank on a trusted number|Ring your bank on the number on your card} | Say it was a scam and {ask them to contact the receiving bank|ask them to stop the payment}.
step: {Ask for a refund under the reimbursement rules|Ask about getting your money back} | {Most victims of push payment fraud can now be refunded|Banks must refund most victims}.
step: {Complain to the ombudsman if the bank says no|Take it to the Financial Ombudsman} | {It is free|It costs you nothing} and can {order a refund|look at your case}.
short: {Call your bank now on a number you trust|Ring your bank straight away} and say it was a scam. {Most victims of bank transfer fraud can now get refunds|Ask for a refund under the reimbursement rules}.

event card-used | your {bank card|card} has been used without your permission | the payments | payments you did not make on your card
tag: payments on my card i didnt make
tag: card used without permission
tag: strange transactions on my account
tag: someone used my debit card
tag: card cloned
tag: money taken from my account
ask: there are three payments to a shop in london i have never been to
ask: my banking app shows amazon orders i never made
ask: someone spent £600 on my card but i still have it in my wallet
ask: weird little charges keep appearing on my statement
ask: my account is empty and i dont know why
dont: Do not {wait to see if more goes|leave it until tomorrow} | {Freeze the card now|The sooner you act, the less can be taken}.
step: {Freeze the card in your app|Freeze or cancel the card} | Most banking apps let you {do this in seconds|freeze a card at once}.
step: {Tell your bank which payments you did not make|Report the payments to your bank} | {You are usually entitled to a refund|Banks must usually refund payments you did not authorise}.
step: {Check your other accounts|Look at your other cards and accounts} | {Fraud on one card can mean your details are out there|Check nothing else has been used}.
short: {Freeze the card in your app now|Freeze or cancel the card straight away} and tell your bank which payments you did not make. {You are usually entitled to a refund|Banks usually refund these}.

event clicked-link | you clicked a link in a {scam text|scam email} | the link | clicking a link in a scam message
tag: clicked on a scam link
tag: entered my details on a fake website
tag: parcel delivery text scam
tag: clicked link in text what now
tag: phishing email gave my password
tag: fake royal mail text
ask: i paid the redelivery fee on a text and now i think it was fake
ask: i put my card number into a site that looked like my bank
ask: opened an email that said my netflix was on hold and typed my password
ask: what happens now i tapped the link they sent me
ask: a text said i had a speeding fine and i paid it through the link
dont: Do not {use the same password anywhere|keep the old password} | {Change it everywhere you used it|Criminals try stolen passwords on other sites}.
step: {Tell your bank if you gave card details|Call your bank if you typed in card details} | {They can block the card|They can watch for strange payments}.
step: {Change the password you typed|Change any password you entered} | Change it {on every account that uses it|everywhere you used it}.
step: {Forward scam texts and emails|Report the message} | {Forward texts to the free short number and emails to the report address|Report scam messages so they can be taken down}.
short: {If you typed card details, call your bank now|Call your bank if you gave card details}. {Change any password you entered|Change the password you typed}, and report the message.

event tax-call | {someone|a caller} said they were from the tax office and you owe money | the call | a fake tax office call
tag: hmrc scam call
tag: call saying i owe tax
tag: fake tax refund text
tag: arrest warrant tax scam
tag: paid hmrc scammer
tag: voicemail from tax office police
ask: a recorded voice said there is a warrant out for me unless i press one
ask: a man said he was from the revenue and i had to pay today or be arrested
ask: i bought gift cards because they said i owed back taxes
ask: got a text about a tax rebate and filled in my bank details
ask: they knew my name and said officers would come to my house
dont: Do not {pay by gift card or voucher|buy gift cards for anyone who asks} | {No tax office takes payment in gift cards|Only scammers ask for this}.
step: {Hang up and check your tax account yourself|End the call and check online} | {Log into your tax account directly|Use the official website}, not a link or number they gave.
step: {Report the call or text|Report it to the tax office's phishing team} | {You can forward texts and emails|They collect reports} to {get scam numbers shut down|stop others being caught}.
step: {Call your bank if you paid|Tell your bank if you sent money} | {They may be able to stop the payment|Act quickly to stop the payment}.
short: {The tax office never threatens arrest on the phone|A real tax office will not threaten you with arrest}. {Hang up|End the call}, {call your bank if you paid|tell your bank if you sent money} and report it.

event romance-scam | someone you met online {asked you for money|took your money} and you think it was a scam | the relationship | a romance scam
tag: online dating scam
tag: boyfriend online asking for money
tag: romance scam what to do
tag: sent money to someone i met online
tag: soldier overseas asking for money
tag: catfished for money
ask: we have been talking for months and now he needs money for a flight to come and see me
ask: she says her bank account is frozen and i have sent her £3,000
ask: i have never met him but i love him and he keeps needing money for customs fees
ask: he said he is an engineer on an oil rig and needs help with fees
ask: i think the woman i met on the dating app was never real
dont: Do not {send any more money|pay the next fee} | {There will always be another reason|Each payment leads to another request}.
step: {Stop contact|Break off contact} | {Block them on every app|Block them everywhere}, {even though it hurts|however hard it feels}.
step: {Report the profile|Report them to the site or app} | {It can stop them targeting someone else|Sites can remove the profile before they find another person}.
step: {Talk to someone you trust|Tell a friend or family member} | {It can feel like a break-up|The loss is real, money and feelings both}.
short: {Stop sending money and stop contact|Send nothing more and block them}. {Call your bank about payments|Tell your bank}, report the profile, and talk to someone you trust.

event investment-scam | {an investment you paid into|the investment scheme you put money in} turned out to be a scam | the investment | an investment or crypto scam
tag: crypto investment scam
tag: cant withdraw money from trading platform
tag: fake investment company
tag: lost money in bitcoin scam
tag: investment scam recovery
tag: trading site asking for withdrawal fee
ask: the trading site shows i have made loads but they want a fee before i can take it out
ask: a guy on instagram got me to put my savings into a crypto app
ask: the broker has stopped answering and the website has gone
ask: i invested through a whatsapp group and now its gone
ask: a company cold called me about bonds with amazing returns and i paid in
dont: Do not {pay a fee to withdraw|pay any release fee} | {Real platforms do not ask this|It is part of the scam}.
step: {Check the firm on the official register|Check the Financial Conduct Authority register} | {Scam firms are often not registered|Many copy the names of real firms}.
step: {Tell your bank or card provider|Call your bank about the payments} | {Card payments may be recoverable|They may be able to get some of it back}.
step: {Beware recovery firms|Watch out for people offering to recover it} | {Recovery scams target people who have just lost money|They are often the same criminals}.
short: {Do not pay any fee to withdraw|Send nothing more}. {Call your bank about the payments|Tell your bank}, check the firm on the official register and report it.

event remote-access | you let {someone|a caller} {take control of|onto} your computer | the computer | letting a scammer onto your computer
tag: let scammer access my computer
tag: anydesk scam
tag: fake microsoft call
tag: remote access scam bank
tag: tech support scam
tag: broadband company call computer hacked
ask: a man said my internet had been hacked and i let him on my laptop
ask: i installed an app so they could fix my computer and now my bank is empty
ask: a pop up said my computer was infected and i rang the number
ask: they had control of my mouse and logged into my banking
ask: i gave someone access to my pc they said they were from my broadband provider
dont: Do not {use the computer for banking|log into your bank on it} | {Until it is checked|Until it has been cleaned}, it may not be safe.
step: {Turn the computer off|Disconnect it from the internet} | {Stop them getting back in|Cut off their access}.
step: {Call your bank from another phone|Ring your bank straight away} | {Tell them someone had access|Say a scammer was on your computer}.
step: {Get the computer checked|Have it cleaned} | {A trusted repair shop|Someone you trust} can {remove the program they installed|check for anything left behind}.
short: {Turn the computer off now|Disconnect it}, {call your bank from another phone|ring your bank}, and {change passwords from a safe device|get the computer checked}.

event hi-mum-message | you got a message from someone pretending to be your child | the message | a "hi mum" message scam
tag: hi mum text scam
tag: whatsapp message pretending to be my son
tag: new number scam
tag: sent money to fake daughter
tag: message from family member new phone
tag: child in trouble text scam
ask: got a whatsapp from a new number saying mum ive dropped my phone can you pay a bill
ask: i sent £900 to someone i thought was my daughter
ask: the text said its me dad i lost my phone and need rent money
ask: someone pretending to be my son asked me to pay for a new phone
ask: i paid an invoice for my girl but it wasnt her
dont: Do not {reply to the new number|send money to a new number} | {Call your child on their old number|Check by calling them}.
step: {Call your child on the number you know|Check with your child} | {Hear their voice|Speak to them} before you do anything.
step: {Call your bank if you paid|Tell your bank straight away} | {Ask them to stop the payment|The sooner they know, the more they can do}.
step: {Report the number|Report the message to WhatsApp or your phone company} | {It helps get the account shut down|It can stop them trying again}.
short: {Call your child on the number you know|Check with your child first}. {If you paid, call your bank now|Call your bank if you sent money}, and report the message.

event fake-shop | you paid for something online that never arrived | the order | an online shop that never delivered
tag: ordered online never arrived
tag: fake website took my money
tag: paid for tickets never got them
tag: marketplace seller scam
tag: online shop scam refund
tag: bought from instagram shop never came
ask: i paid £200 for a sofa on marketplace and the seller vanished
ask: the trainers i ordered never came and the website has disappeared
ask: bought concert tickets from a guy online and got nothing
ask: paid by bank transfer for a puppy and they blocked me
ask: website had amazing prices and now they wont answer
dont: Do not {send more money for delivery or customs|pay any extra fee} | {It is usually part of the scam|You will not see it again}.
step: {Ask your card provider for a chargeback|Ask your bank about getting it back} | {Card payments have protection|You may be covered by chargeback or section seventy five}.
step: {Report the seller|Report the site or profile} | {Tell the site or app|Report them to the marketplace} {so they can remove them|and keep screenshots}.
step: {Check how you paid|Look at how you paid} | {Card, PayPal and some apps give protection|Bank transfers are harder to get back, but ask your bank}.
short: {Contact your bank or card provider now|Ask your card provider for a refund}. {Card and PayPal payments often have protection|You may be able to get it back}. Report the seller.
`

const lexConsumer = `
domain consumer | Things you bought | problems with something you bought or a service you paid for
routes: report-fraud support
org: Citizens Advice | the Citizens Advice consumer helpline | Trading Standards
scope: \b(refund|faulty|stopped working|consumer rights|trading standards|rogue trader|cowboy builder|builder (took|left|has)|subscription|free trial|(still|keep) (being )?charg\w*|cancel(led)? (the|my) (contract|subscription|membership)|parcel|never arrived|courier|used car|car dealer|chargeback|section 75|ombudsman|overcharg\w*|bill is wrong|wrong bill|estimated bill|early termination)\b
help: {Get free consumer advice|Ask for consumer advice} | $org {can explain your rights|can tell you where you stand} and {what to write|who to complain to}. {If it is getting you down|If it is all too much}, $route {can listen|is there}.
disclaim: legal advice
source: https://www.citizensadvice.org.uk/consumer/ | Consumer | Citizens Advice | Your rights when something you buy goes wrong.
source: https://www.gov.uk/consumer-protection-rights | Consumer protection rights | GOV.UK | The rights you have when you buy goods and services.
tag: consumer rights help
tag: company wont give refund
tag: bought something and it went wrong
tag: complaint about a company
dont: Do not {lose your receipt or order email|throw away the proof of purchase} | {It is your proof of what you paid for|You will need it to claim}.
dont: Do not {accept a voucher if you want your money|take store credit if you are owed a refund} | {You may be owed cash|Your rights may give you a refund}.
dont: Do not {lose your temper with staff|shout at the call centre} | {Stay polite and firm|Calm and clear works better}.
dont: Do not {leave it too long|wait months to complain} | {Some rights run out|Time limits apply to some claims}.
step: {Complain in writing|Write a clear complaint} | {Say what went wrong, what you want and by when|Give dates, what you paid and what you want}.
step: {Use the firm's complaints process|Go through their complaints process} | {Ask for a final response|Keep going until they give a final answer}.
step: {Take it to an ombudsman or dispute scheme|Use the free ombudsman} | {Many sectors have one|Energy, phones and others have a free scheme}.
step: {Keep records|Keep every email} | {Save emails, photos and notes of calls|Note each call: the date, who you spoke to, what they said}.
wait: {Going to court|Small claims court}. {Most complaints are sorted before that|It is a last step}.
wait: {Posting bad reviews|Complaining on social media}.
wait: {Buying a replacement|Replacing it}, until you know what you are owed.
calm: {Companies get things wrong all the time|Firms let people down every day}, and {the law is on your side|consumer rights are strong}.
calm: {Sorting it out can take patience|It may take a few letters}, but {most complaints get settled|many people get their money back}.
short: {Complain in writing and keep records|Keep your proof and complain in writing}.
note: It does not cover buying or selling a home.

who older | as an older person | pensioner, elderly, retired | im 80, im retired, im a pensioner, my eyesight isnt good
step: {Ask for help with calls and letters|Let someone help with the paperwork} | {A friend or Age UK|A relative or a local charity} {can help you write|can help you complain}.
who disabled | {and you are disabled or have a long-term illness|and you have a disability that makes this harder} | disabled, disability, wheelchair user | im disabled, im in a wheelchair, i have a disability
step: {Say if you need adjustments|Ask for reasonable adjustments} | {Firms must make reasonable changes|They should make it easier for you}, such as {letters in large print|calling you back}.
who business | {for your small business or shop|and it is your small business that lost out} | small business, sole trader, my company | its for my business, im a sole trader, we bought it for the shop
step: {Check your business rights|Ask about business contracts} | {Businesses have fewer consumer rights|Buying as a business gives you different rights}.

also paid-card | {and you paid by credit or debit card|after paying on your card} | paid by card, credit card, debit card | i paid on my credit card, i used my debit card, it went on my card
step: {Ask your card provider for help|Ask about a chargeback} | {Card payments have extra protection|Your card company may refund you}.
also online | {and you bought it online from a website|after ordering it on a website or app} | online, website, app | i bought it online, i ordered from their website, it was through an app
step: {Use your cancellation rights|Check your online cancelling rights} | {You usually have fourteen days to cancel|Online buys usually come with a cooling-off period}.
also cash | {and you paid in cash with no receipt|after paying cash in hand} | paid cash, cash in hand, no receipt | i paid cash, it was cash in hand, i have no receipt
step: {Gather any proof you have|Find any proof you paid} | {Texts, photos and bank withdrawals can help|A witness or a message can help}.

event faulty-item | something you bought {broke|stopped working} and the shop {will not|won't} help | the item | a faulty item the shop will not fix
tag: shop wont refund faulty item
tag: broken after a month no refund
tag: faulty washing machine rights
tag: item stopped working warranty
tag: refund for faulty goods
tag: shop says contact manufacturer
ask: my new fridge stopped cooling after six weeks and they say its not their problem
ask: the laptop died three months in and the shop wants me to pay for repair
ask: they keep telling me to ring the maker instead of sorting it themselves
ask: my phone screen went black on its own and they say i dropped it
ask: tv has lines all over it and they wont swap it
dont: Do not {accept being sent to the maker|let them pass you to the manufacturer} | {Your rights are with the shop|The shop that sold it is responsible}.
step: {Know the time limits|Check how long you have had it} | {Within thirty days you can usually get a refund|After that, you can ask for a repair or replacement}.
step: {Ask for a repair, replacement or refund in writing|Write to the shop} | {Quote your consumer rights|Say the item is faulty and what you want}.
step: {Ask them to prove you caused it|Question any claim you caused it} | {In the first six months|Early on}, {it is up to them to show it was not faulty|the shop must show you caused the fault}.
short: {Your rights are with the shop that sold it|The shop, not the maker, must put it right}. Ask in writing for a repair, replacement or refund.

event used-car | a used car you bought {broke down|is faulty} and the dealer {will not|won't} help | the car | a faulty used car from a dealer
tag: used car broke down after buying
tag: dealer wont fix car i bought
tag: second hand car faulty rights
tag: car bought last week engine problem
tag: reject a faulty used car
tag: garage sold me a bad car
ask: bought a car on saturday and the engine light came on by monday
ask: the dealer says its sold as seen but it wont start
ask: the gearbox went two weeks after i bought it from a garage
ask: can i give the car back if its got a hidden fault
ask: they knew about the problem and sold it to me anyway
dont: Do not {pay another garage to fix it before you talk to the dealer|get it repaired elsewhere first} | {You may lose the right|It can make your claim harder}.
step: {Tell the dealer in writing|Write to the dealer} | {Say what is wrong and that you want it put right|Give the date of purchase and the fault}.
step: {Reject it within thirty days|Ask for your money back early} | {In the first month|Within thirty days} you can {usually reject a faulty car|usually ask for a full refund}.
step: {Get an independent report|Ask a mechanic for a written report} | {It shows the fault was there|It is strong evidence}.
short: {Tell the dealer in writing|Write to the dealer straight away}. {Within thirty days you can usually reject it for a refund|In the first month you can usually give it back}.

event rogue-trader | a builder took your money and {did not finish|did a bad job} | the work | a builder who took money and did a bad job
tag: builder took deposit and disappeared
tag: cowboy builder
tag: rogue trader doorstep
tag: builder left job unfinished
tag: bad workmanship builder refund
tag: roofer overcharged me
ask: the man doing our extension took £5,000 and hasnt been back for a month
ask: a guy knocked on the door said my roof needed fixing and charged a fortune
ask: the kitchen fitter left it half done and wont answer the phone
ask: the driveway is cracked everywhere and he says thats normal
ask: the builders have made the damp worse and want more money
dont: Do not {pay more to get them to come back|hand over more cash} | {It rarely works|You may lose that too}.
step: {Write to the trader|Send a letter before action} | {Give a deadline to finish or refund|Say what they must do and by when}.
step: {Report doorstep traders|Tell Trading Standards} | {Trading Standards deal with rogue traders|They act on doorstep crime}.
step: {Get another trader to assess it|Get an independent quote} | {It shows what is wrong|It helps your claim}.
short: {Do not pay any more|Stop paying}. {Write with a deadline|Send a letter before action}, report doorstep traders to Trading Standards, and get free advice.

event wrong-bill | a company says you owe {far more than|much more than} you think | the bill | a bill that is far too high
tag: bill is wrong what to do
tag: energy company overcharged me
tag: broadband bill much higher than agreed
tag: estimated bill too high
tag: dispute a bill
tag: back billing energy
ask: my gas bill says i owe £1,800 and we have barely been in
ask: they have charged me for a phone contract i cancelled months ago
ask: the water company sent a bill ten times the normal
ask: my meter reading is wrong and they wont listen
ask: i keep getting charged extra for things i never asked for
dont: Do not {simply stop paying|cancel the direct debit in anger} | {It can lead to debt collection|Pay what you agree you owe while you dispute the rest}.
step: {Check the bill|Compare it with your readings} | {Take a meter reading or check your contract|Look at what you agreed}.
step: {Dispute it in writing|Complain to the company} | {Ask them to hold collection while they look at it|Say which charges you dispute and why}.
step: {Go to the ombudsman after eight weeks|Use the ombudsman if it is not sorted} | {It is free|It costs nothing}.
short: {Check the bill against your readings or contract|Check what you agreed}, {dispute it in writing|complain in writing}, and use the free ombudsman if it is not fixed.

event subscription-trap | a company keeps taking money after you cancelled | the payments | payments taken after you cancelled
tag: still being charged after cancelling
tag: subscription wont cancel
tag: free trial took money
tag: gym membership cant cancel
tag: company taking money from my account
tag: continuous payment authority cancel
ask: i cancelled the gym in june and they are still taking money every month
ask: the free trial turned into £49 a month and i cant find how to stop it
ask: some app keeps charging my card and i dont even use it
ask: i said i wanted to cancel but they keep billing me
ask: they say i have to give three months notice that i was never told about
dont: Do not {just ignore the payments|let it run on} | {They can add up fast|Act now to stop the next one}.
step: {Cancel the payment with your bank|Ask your bank to stop it} | {You can cancel a recurring card payment through your bank|Your bank must stop it if you ask}.
step: {Ask for a refund in writing|Write to the company} | {Say when you cancelled|Give the date you cancelled}.
step: {Ask your bank for a chargeback|Ask about a refund through your bank} | {It may cover payments taken after you cancelled|Card payments may be refunded}.
short: {Tell your bank to stop the payment|Ask your bank to cancel it}, ask the company for a refund in writing, and {ask about a chargeback|keep proof of when you cancelled}.

event parcel-missing | a parcel you paid for {never arrived|went missing} | the parcel | a parcel that never arrived
tag: parcel says delivered but not here
tag: missing parcel refund
tag: courier lost my parcel
tag: delivery marked delivered never came
tag: seller says its the couriers problem
tag: package stolen from doorstep
ask: the app says it was left in a safe place but its not anywhere
ask: tracking has said out for delivery for a week
ask: the shop says take it up with the driver
ask: my parcel was handed to a neighbour i dont know
ask: someone nicked my parcel off the doorstep
dont: Do not {accept being told to chase the courier|take it up with the courier yourself} | {The seller is responsible until it reaches you|Your contract is with the seller}.
step: {Contact the seller|Ask the seller to resend or refund} | {It is their job until it arrives|They must deliver it to you}.
step: {Check with neighbours and safe places|Look around and ask next door} | {Drivers sometimes leave parcels nearby|It may be close by}.
step: {Ask your card provider|Ask about a chargeback} | {If the seller will not help|If they refuse}, {your card provider may refund you|you may be protected}.
short: {The seller is responsible until it reaches you|Your contract is with the seller}. Ask them to resend or refund, and {ask your card provider|ask about a chargeback} if they refuse.

event event-cancelled | {a booking you paid for was cancelled|an event you paid for was called off} and {you cannot get a refund|the money has not come back} | the booking | a cancelled booking with no refund
tag: event cancelled no refund
tag: concert cancelled refund
tag: wedding venue went bust
tag: holiday company cancelled
tag: ticket refund refused
tag: festival cancelled money back
ask: the festival was called off and the ticket site is ignoring me
ask: our wedding venue shut down and has our £3,000 deposit
ask: the coach trip was cancelled and they only offer a voucher
ask: the company running our holiday has gone bust
ask: they postponed the gig and wont give me my money back
dont: Do not {accept a voucher if you want a refund|agree to a new date you cannot make} | {You may be owed your money|Cash may be your right}.
step: {Ask for a refund in writing|Write asking for your money back} | {Say what was cancelled and when|Quote the booking number}.
step: {Check how you paid|Look at your payment method} | {Card, credit card and PayPal may refund you|Ask your bank about a chargeback}.
step: {Check any travel protection|Look for ATOL or other protection} | {Package holidays are often protected|Some bookings come with protection}.
short: {Ask for a refund in writing|Write asking for your money back}, and if they refuse, {ask your card provider|ask about a chargeback or section seventy five}.

event contract-cancel | you cannot get out of a {phone|broadband} contract | the contract | a contract you cannot get out of
tag: cant cancel broadband contract
tag: phone contract price rise cancel
tag: early termination fee unfair
tag: mis sold phone contract
tag: broadband never worked still paying
tag: leave contract without paying
ask: my internet drops every night and they want £300 to let me leave
ask: they put my phone bill up mid contract is that allowed
ask: the sales guy promised me a deal and now the bill is double
ask: i moved house and they cant connect me but still want paying
ask: im locked into two years and the service is useless
dont: Do not {stop paying without agreeing it|cancel the direct debit in a rage} | {It can hurt your credit record|You may end up with a debt}.
step: {Complain about the service|Log the faults} | {Poor service can let you leave without a fee|Keep a record of each fault}.
step: {Check your rights on price rises|Read the price terms} | {Some rises let you leave|You may be able to leave if the price goes up}.
step: {Go to the ombudsman after eight weeks|Ask for a deadlock letter} | {The phone and broadband schemes are free|It is free to use}.
short: {Complain and keep a record of the faults|Log every fault and complain}. {Poor service or some price rises can let you leave without a fee|You may be able to leave free}. Use the ombudsman if needed.
`
