package librarytest

// Where people live: the UK's nations, renting, emergencies at home and
// neighbours.
func init() {
	domainSources = append(domainSources, lexNationsText, lexHousing, lexHome, lexNeighbours)
}

const lexNationsText = `
domain nations | UK nations | where in the UK you live

also england | {and you live in England|while you are living in England} | in england, england, english | i live in england, im in manchester, here in london, im near birmingham, down in kent
step: Check the advice is for England | Rules and services are not the same across the UK, so make sure what you read is written for England.

also scotland | {and you live in Scotland|while you are living in Scotland} | in scotland, scotland, scottish | i live in scotland, here in glasgow, im in edinburgh, up in aberdeen, in dundee
step: Use advice written for Scotland | Some of the law and many services are different in Scotland. mygov.scot and Citizens Advice Scotland cover them.

also wales | {and you live in Wales|while you are living in Wales} | in wales, wales, welsh | i live in wales, here in cardiff, im in swansea, up in north wales, in newport
step: Use advice written for Wales | Some rules are different in Wales. GOV.WALES and Citizens Advice Cymru explain them.

also northern-ireland | {and you live in Northern Ireland|while you are living in Northern Ireland} | in northern ireland, northern ireland, ni | i live in northern ireland, here in belfast, im in derry, in ni, over in county down
step: Use advice written for Northern Ireland | Much of the law and many services are different there. nidirect and Advice NI explain them.
`

const lexHousing = `
domain housing | Renting and your landlord | problems with a landlord, a letting agent or the home you rent
routes: danger support report-police
org: Citizens Advice | Shelter | your council's housing team
scope: \b(landlords?|letting agen(t|ts|cy)|tenancy|evict\w*|eviction notice|section (21|8)|notice to (quit|leave)|housing association)\b
scope: \b(deposit (back|returned|protected|deductions?|dispute)|(keep|keeping|kept|return|returned|refund) (my|the|our) deposit)\b
scope: \b(rent (arrears|increase|rise|is going up|went up|going up)|behind (on|with) (my |the )?rent|cant (pay|afford) (my |the )?rent)\b
scope: \b(black mould|damp (and|walls|in)|mould (on|in|growing)|(boiler|heating) (broken|not working|wont work|stopped)|no (heating|hot water))\b
scope: \b(changed the locks|locked (me|us) out|lets? (himself|herself|themselves) in)\b
danger: If anyone is threatening you or forcing their way in, call {{police-999}} | Go to a safe room or outside, and keep your phone with you.
help: Get free advice before you act | $org can look at your papers and tell you where you stand. If it is all getting too much, $route can listen.
disclaim: legal advice
source: https://www.gov.uk/private-renting | Private renting for tenants: your rights and responsibilities | GOV.UK | What landlords and tenants must each do in a private tenancy, including repairs and notice.
source: https://www.gov.uk/tenancy-deposit-protection | Tenancy deposit protection | GOV.UK | Landlords in England and Wales must protect a deposit in a government-backed scheme.
source: https://www.citizensadvice.org.uk/housing/ | Housing | Citizens Advice | Free advice on renting, repairs, deposits and eviction.
tag: problem with my landlord
tag: landlord help uk
tag: renting rights
tag: trouble with where i rent
dont: Do not {stop paying your rent to make a point|hold back rent to force the issue} | {It can give the landlord a reason to evict you|It hands the landlord grounds to evict you}, even {when|if} they are in the wrong.
dont: Do not {sign anything new in a hurry|sign papers on the spot} | {Take the papers away|Take them home} and {get advice first|let an adviser look first}.
dont: Do not {throw away|delete} letters or texts from your landlord | They are your {record|proof} of what was said and when.
dont: Do not {agree to leave|pack up} just because you are told to | {You usually have rights|There are rules} that a landlord must follow first.
dont: Do not {argue on the doorstep|get drawn into a row} | {Keep calm|Stay polite} and put what matters in writing.
step: {Keep a record of everything|Start a simple diary} | Write down {dates|each date}, what was said and who said it. {Keep emails and texts|Save every email and text}, and take photos.
step: {Put your complaint in writing|Write to your landlord} | {Send a short, polite email or letter|A short, polite email is enough} so there is a record. Keep a copy.
step: {Find your tenancy agreement|Dig out your tenancy papers} | {Read what it says about the problem|See what they say about this}. {If you do not have one|Without one}, your rights still apply.
step: {Check who your landlord is|Find your landlord's name and address} | {They should be|Look} on your tenancy papers or rent receipts. {You can ask the letting agent in writing|A letting agent must tell you if you ask in writing}.
step: {Ask your council for help|Contact the council's housing team} | {They can step in|Councils can act} on {repairs, harassment and threats of eviction|poor repairs, harassment and eviction threats}.
wait: {Moving out|Looking for a new place}. Most problems can be sorted while you stay.
wait: {Going to court|Court}. {Most disputes are settled long before that|Very few cases get that far}.
wait: {Working out every right you have|Reading up on housing law}. Get advice first, then take the next step.
wait: {Telling the landlord you will take legal action|Threatening to sue}.
calm: {Problems with the place you live are frightening|Trouble with your home is frightening}, because home should be the safe part of life.
calm: {Many renters go through this|You are far from the only renter facing this}, and free advice is there for it.
calm: You have more {rights|protection} than it may feel like right now.
short: Most renting problems can be sorted without going to court.
short: Free advice can tell you where you stand before you do anything big.
note: It does not cover owning your home or paying a mortgage.
note: If you rent from a housing association or the council, use their own complaints process too.

who student | as a student {renting near|living near} {your university|your college} | student, uni student, student house, student let | im a student, im at uni, its a student house, im in second year at uni
step: Talk to your students' union advice centre | Most have free housing advisers who know the local landlords.
who children | with young children living with you | with kids, with children, family with a baby, with my kids | i have two little kids, ive got a baby, its me and my three children, we have a toddler
step: Tell the council you have children | Councils have extra duties to families with children.
who disabled | {and you have a disability or long-term illness|and you are disabled or often unwell} | disabled, disability, with a health condition, wheelchair user | im disabled, i have a disability, im in a wheelchair, i have ms and get tired easily
step: Say how your health is affected | Tell the landlord and the council. It can make your case more urgent.
who older | as an older person living {alone|on your own} | pensioner, elderly tenant, older person, retired | im 74 and live alone, im a pensioner, im retired, at my age i cant be doing with this
step: Ask an older people's charity for help | Age UK and similar charities give free advice and can help with letters and forms.

also no-contract | but you never signed a written tenancy agreement | no contract, no tenancy agreement, verbal agreement | i never signed anything, theres no contract, it was all agreed by text, we never got a tenancy agreement
step: Gather proof that you rent the place | Bank statements showing rent, texts with the landlord and post to the address all help.
also lodger | {and you rent a room in your landlord's own house|and you live as a lodger with your landlord} | lodger, live with landlord, renting a room | i rent a room in his house, im a lodger, the landlord lives downstairs, i live with the owner
step: Check whether you are a lodger | If you share a kitchen or bathroom with the landlord, you may have fewer rights. An adviser can tell you.
note: Lodgers have fewer rights than other renters, so get advice early.
also agent | and a letting agent manages {the place|your home} | letting agent, through an agency, estate agent | its all through an agency, the letting agent deals with everything, i only ever speak to the agents
step: Complain to the letting agent's redress scheme | Letting agents must belong to a scheme that deals with complaints for free.

event deposit-kept | your landlord {will not|won't} give {back your deposit|your deposit back} | your deposit | landlord keeping your deposit
tag: landlord wont return deposit
tag: deposit not returned after moving out
tag: landlord keeping my deposit for cleaning
tag: how to get my deposit back from landlord
tag: unfair deposit deductions
tag: tenancy deposit dispute
tag: was my deposit protected
ask: i moved out three weeks ago and still havent seen a penny of the money i paid up front
ask: the agency says theyre taking most of my bond for a stain that was already there
ask: he just ignores me when i ask for the money i handed over at the start
ask: can they really keep all the £1200 i paid before moving in
ask: our old flat owner is making up damage so he doesnt have to refund us
dont: Do not accept deductions you think are unfair just to get it over with | The deposit schemes have a free way to settle disputes.
step: {Check whether $what was protected|Find out if $what was protected} | In England and Wales, landlords must put it in a government-backed scheme and tell you which one. You can search the schemes with your details.
step: {Ask for $what back in writing|Write asking for $what back} | Give a date, and say which deductions you disagree with and why.
step: {Use the scheme's free dispute service|Raise a dispute with the deposit scheme} | An independent adjudicator looks at the evidence from both sides.
wait: Suing for the deposit. The dispute service comes first.
short: Ask for $what back in writing, check it was protected in a scheme, and use the scheme's free dispute service if you disagree with deductions.

event eviction-notice | you have been {given|handed|served} an eviction notice | the notice | eviction notice from your landlord
tag: landlord gave me an eviction notice
tag: section 21 notice what now
tag: being evicted from rented flat
tag: notice to leave my home
tag: how long do i have after eviction notice
tag: is my eviction notice valid
ask: got a letter today saying i have to be out of the house in two months
ask: the agent emailed a form telling us to leave by march where do we even go
ask: my landlord wants to sell up and says we have to go
ask: we have been told to pack up and move out and i have nowhere lined up
ask: is the paper he gave me actually legal it says i must leave
dont: Do not move out before the notice runs out | Leaving early can affect the help the council gives you.
step: {Check the date and type of $what|Get $what checked} | Notices must follow set rules, and many are not valid. Ask an adviser to check yours.
step: {Contact your council's homelessness team now|Tell the council's homelessness team straight away} | Councils must help people at risk of losing their home within two months. Tell them the date on $what.
step: {Keep paying your rent if you can|Carry on paying rent if you can} | It keeps your position strong and your options open.
short: A notice does not mean you must leave on that date. Get $what checked, keep paying rent if you can and tell your council now.

event locked-out-by-landlord | your landlord has {changed the locks|locked you out of your home} | the locks | landlord locked you out
tag: landlord changed the locks while i was out
tag: locked out of my flat by landlord
tag: illegal eviction what to do
tag: landlord threw my stuff out
tag: landlord removed my belongings
tag: came home and cant get in landlord
ask: came back from work and my key doesnt fit any more he did it on purpose
ask: the owner put all my clothes in bin bags on the street
ask: can he just kick me out with no court or anything
ask: we got home and someone had swapped the lock on our front door
ask: the man i rent from says im done living there and wont let me back inside
dont: Do not force your way back in | It could put you at risk. The council and the police can help you get back in.
step: {Call the police if you are being kept out now|Ring the police if you cannot get in now} | Locking a tenant out without a court order is usually a crime. Ask for an incident number.
step: {Call your council's emergency housing line|Ring the council's out of hours housing team} | Councils can tell the landlord to let you back in. Many have a line out of hours.
step: {Find somewhere safe to stay tonight|Sort out a safe place for tonight} | Ask family or friends, or tell the council you have nowhere to go.
short: Being locked out of your home without a court order is usually illegal. Call the police and your council's emergency housing team now.

event damp-mould | {damp and mould|black mould} in your rented home is making you ill | the damp | damp and mould in a rented home
tag: black mould in bedroom landlord wont fix
tag: damp in rented flat making me ill
tag: mould on walls and ceiling renting
tag: landlord ignoring damp problem
tag: condensation and mould rights
tag: mould making my child cough
ask: theres black stuff growing all over the walls and my little one keeps wheezing
ask: ive told the agency five times the bedroom is soaking and green and they do nothing
ask: everything in my wardrobe smells musty and has spots on it
ask: the bathroom ceiling has gone black and my asthma is getting worse
ask: housing association keep saying they will come about the wet walls but never do
dont: Do not paint over the mould and say nothing | It hides the problem and your evidence.
step: {Report $what in writing|Tell your landlord about $what in writing} | Say where it is, how long it has been there and how it affects your health. Add photos.
step: {Ask your council to inspect|Get the council to inspect} | Council environmental health teams can order a landlord to fix serious hazards.
step: {See your GP if it affects your health|Tell your GP if it is affecting your health} | Tell them about $what. A note from them can help your case.
short: Report $what to your landlord in writing with photos. If nothing happens, ask your council to inspect, and see your GP if it affects your health.

event no-heating | {you have no heating or hot water|your heating and hot water have stopped} and your landlord {will not|won't} fix it | the boiler | no heating or hot water
tag: boiler broken landlord not fixing
tag: no heating in rented house winter
tag: no hot water for a week renting
tag: landlord wont repair boiler
tag: how long does landlord have to fix heating
tag: freezing flat no heating
ask: its been ten days with a dead boiler and the baby is freezing
ask: we are boiling kettles to wash because the water only runs cold
ask: the radiators havent worked since november and the agent keeps fobbing me off
ask: can i hold back rent if my place has no heat
ask: landlord says the engineer is busy and it could be weeks
dont: Do not pay for the repair yourself without agreeing it first | You may struggle to get the money back.
step: {Report it as an urgent repair|Tell your landlord it is an urgent repair} | Tell your landlord in writing that you have no heating or hot water, and ask when it will be fixed.
step: {Keep warm and safe meanwhile|Stay warm safely until it is fixed} | Use safe heaters only, and never use a gas cooker to heat a room.
step: {Ask the council to step in|Get the council involved} | If the landlord does not act, the council can inspect and order repairs.
short: No heating or hot water is an urgent repair. Tell your landlord in writing, keep warm safely and ask the council to step in if nothing happens.

event landlord-entering | your landlord keeps {coming in|letting himself in} without asking | your home | landlord entering without notice
tag: landlord coming into my flat without permission
tag: landlord entering without notice
tag: landlord has a key and lets himself in
tag: can my landlord come in when im not there
tag: landlord turning up unannounced
tag: landlord harassing me at home
ask: i came home and could tell someone had been in my room going through things
ask: he keeps walking in with his own key when im in the shower
ask: the owner shows up whenever he likes and just comes inside
ask: found the letting agent in my kitchen with no warning
ask: is it legal for him to let himself in while im at work
dont: Do not change the locks without advice | It can cause problems with your tenancy. Get advice first.
step: {Tell your landlord in writing to give notice|Ask your landlord in writing to warn you before visits} | Landlords should usually give at least a day's notice and come at a reasonable time, unless it is an emergency.
step: {Keep a diary of each visit|Note down every visit} | Note the date, the time and what happened.
step: {Report harassment to the council|Tell the council about harassment} | Repeated visits to make you leave can be harassment, which councils can act on.
short: Your landlord should usually give notice before coming into $what. Ask in writing, keep a diary of visits and report harassment to your council.

event rent-rise | your rent is going up and you cannot afford it | the rent rise | rent going up that you cannot pay
tag: landlord putting rent up
tag: rent increase cant afford
tag: how much can landlord increase rent
tag: rent going up by hundreds
tag: challenge a rent increase
tag: cant pay the new rent
ask: just got told my monthly payment is going up by 200 and i can barely cover it now
ask: the agency wants way more money from next month or we leave
ask: our rent is jumping again and i dont know how we will manage
ask: can they just hike it whenever they like
ask: landlord says pay more or find somewhere else
dont: Do not agree to a new amount on the spot | Ask for it in writing and get advice first.
step: {Check how $what was done|Find out if $what followed the rules} | Rent rises usually have to follow rules about notice and timing. An adviser can check yours.
step: {Work out what you can pay|Add up what you can afford} | List your money in and out. An adviser can check for benefits you may get, such as help with housing costs.
step: {Talk to your landlord early|Speak to your landlord before it gets worse} | Ask for a smaller rise or more time. Put what you agree in writing.
short: Check $what followed the rules, work out what you can pay and get advice on help with housing costs before you fall behind.

event rent-arrears | you are behind on your rent | the arrears | behind on your rent
tag: behind on rent
tag: rent arrears letter
tag: cant pay rent this month
tag: owe my landlord rent
tag: rent arrears eviction
tag: fell behind with rent
ask: i owe two months and the agent keeps calling me
ask: lost my job and i cant cover whats due for the flat
ask: got a letter about the money i owe for the flat and im panicking
ask: will i be kicked out for missing payments
ask: housing association say i owe them £900 what happens now
dont: Do not ignore letters about what you owe | Acting early gives you far more options.
step: {Tell your landlord now|Speak to your landlord today} | Say what has happened and offer what you can pay. Landlords often prefer a plan to court.
step: {Check your benefits|Find out what benefits you can get} | You may be able to get help with housing costs, or a one-off payment from your council.
step: {Pay something if you can|Pay what you can, even a little} | Even a small regular payment shows you are trying.
short: Tell your landlord now, offer what you can pay and get free advice on debt and benefits. Acting early gives you the most options.
`

const lexHome = `
domain home | Emergencies at home | something going wrong in your home, such as a leak, a smell of gas or a break-in
routes: danger after-crime support
org: your home insurer | your council | Citizens Advice
scope: \b(smell (of )?gas|gas (leak|smell)|smells of gas|carbon monoxide|co alarm|monoxide alarm)\b
scope: \b(burst pipe|water (is )?(pouring|leaking|coming|dripping) (through|into|from|out)|leak\w* (through|from) (the|my) ceiling|stop tap|flooded)\b
scope: \b(power cut|no (power|electricity|electric)|fuse box|trip switch|electric (gone|went) off)\b
scope: \b((pan|kitchen|house|flat|oven|toaster) (caught )?(fire|on fire)|caught fire|smoke damage|fire brigade)\b
scope: \b(locked (myself )?out of (my|the) (house|flat|home)|locksmith|lost my (house |front door )?keys)\b
scope: \b(burgl\w*|broke into (my|our) (house|flat|home)|break in|broken into)\b
scope: \b(storm damage|roof tiles|tree (fell|came down) on|blown (off|down) in the (storm|wind))\b
danger: If there is a fire, a smell of gas with anyone unwell, or someone is hurt, get out and call {{police-999}} | Do not go back in for anything. Wait for help in a safe place.
help: Get support when the worst is over | $org can help with what comes next. If it has shaken you, $route is there.
disclaim: professional advice for your home
source: https://www.gov.uk/browse/housing-local-services | Housing and local services | GOV.UK | Where to get help from your council with your home.
source: https://www.citizensadvice.org.uk/housing/repairs-in-rented-housing/ | Repairs in rented housing | Citizens Advice | Who must fix what in a rented home.
source: https://www.nhs.uk/conditions/carbon-monoxide-poisoning/ | Carbon monoxide poisoning | NHS | The signs of carbon monoxide poisoning and what to do.
tag: emergency at home what do i do
tag: something wrong in my house
tag: house emergency help
tag: problem at home tonight
dont: Do not {put yourself at risk to save things|go back for belongings} | {Belongings can be replaced|Things can be replaced}. You cannot.
dont: Do not {throw damaged things away yet|clear out damaged things straight away} | Your insurer may {want to see them|ask to see them} or photos of them.
dont: Do not {let anyone you do not know in to fix it|let a stranger talk you into repairs} | Use a trader you trust, or one your insurer or landlord sends.
dont: Do not {sign up to expensive repairs on the day|agree to a big bill in a panic} | {Get another quote|Get a second price} once you are safe.
step: {Take photos of the damage|Record the damage} | {Photograph each room|Take pictures of every room} before you tidy up. Note the date and time.
step: {Call your insurer|Ring your home insurer} | {Home and contents insurance often covers|Many policies pay for} emergency repairs and a place to stay. Ask what they cover.
step: Tell your landlord if you rent | {Landlords must fix|It is usually the landlord's job to fix} most problems with the building, gas and water.
step: {Ask a neighbour or friend for help|Call on a neighbour or a friend} | You do not have to {deal with this|face this} alone tonight.
wait: {Arguing with the insurer about the amount|Haggling over the claim}. Get the facts down first.
wait: {Replacing everything that was damaged|Buying new things}.
wait: {Working out whose fault it was|Finding out who is to blame}.
calm: {Something going wrong at home is a shock|A problem at home is a real shock}, and feeling shaky afterwards is normal.
calm: Once everyone is safe, the rest can be sorted {one step at a time|bit by bit}.
short: Make everyone safe first, then take photos and call your insurer or landlord.
short: Belongings can be replaced, so put people first.
note: It does not cover building work you have planned.

who renter | {and you rent your home from a landlord|and you are renting from a landlord} | renting, in a rented flat, tenant, rented house | i rent, its a rented flat, im a tenant, the house is rented
step: Tell your landlord straight away | They are usually responsible for the building, gas, water and electrics. Tell them in writing too.
who alone | and you live on your own | live alone, on my own, by myself | i live alone, im on my own here, theres nobody else in the house, im by myself tonight
step: Call someone to be with you | A friend, relative or neighbour can help you think clearly.
who children | with children in the house | with kids, with children, with a baby, kids at home | my kids are here with me, ive got a baby, the children are asleep upstairs, with my toddler in the house
step: Keep children well away from the danger | Take them to a neighbour or a safe room while you deal with it.
who older | and you are elderly or frail | elderly, pensioner, older person, frail | im 81, im elderly and not steady on my feet, im a pensioner, at my age
step: Ask your energy or water company about their priority list | Companies keep a free priority services register for people who need extra help.

also night | in the middle of the night | at night, middle of the night, at 3am | its 3am, its the middle of the night, its late at night, everyone is asleep
step: Use the emergency lines, which work at night | Gas, water and power companies and insurers have lines that answer all night.
also no-insurance | and you have no home insurance | no insurance, not insured, no home insurance | i dont have insurance, we never got home insurance, im not insured
step: Ask about grants and help | Your council or a charity may help with urgent costs if you have no insurance.
also flat | in a block of flats | in a flat, block of flats, flat building | i live in a flat, its a block of flats, im on the fourth floor, theres flats above and below
step: Warn your neighbours | In a block, what happens in one flat can affect others. Tell the building manager too.

event gas-smell | you can {smell gas|smell gas in your home} | the gas | a smell of gas at home
tag: i can smell gas in my house
tag: gas smell in kitchen
tag: smell gas what do i do
tag: gas leak at home
tag: rotten egg smell in house
tag: cooker smells of gas
ask: theres a weird eggy smell near the cooker and im scared to turn anything on
ask: i think the hob is leaking we can all smell it
ask: whole flat stinks like gas should i open the windows
ask: my head hurts and the kitchen smells funny
ask: neighbour says she can smell gas on the landing
dont: Do not switch anything on or off | A spark from a switch, a doorbell or a phone charger can light gas.
dont: Do not use a flame or smoke | Put out anything burning and do not light a match.
step: {Turn off the gas at the meter if you can|Switch the gas off at the meter if you can} | The handle is usually near the meter. Turn it so it sits across the pipe.
step: {Open doors and windows|Let fresh air in} | Let the gas out, then leave the house.
step: {Call the gas emergency line from outside|Ring the gas emergency number once you are outside} | It is free and open all the time. They will send an engineer.
short: Open the windows, turn off the gas at the meter if you can, get out and call the gas emergency line from outside. Do not switch anything on or off.

event water-leak | water is {pouring|leaking} into your home | the leak | water leaking into your home
tag: water pouring through ceiling
tag: burst pipe what to do
tag: leak coming through light fitting
tag: water leaking from upstairs flat
tag: how to turn off water at home
tag: kitchen flooded from pipe
ask: theres water dripping out of the light in the hall and i dont know where its from
ask: the pipe under the sink has split and the floor is soaked
ask: the people upstairs must have left a tap on its coming through my ceiling
ask: where do i switch the water off its everywhere
ask: the ceiling is bulging and brown water keeps coming
dont: Do not touch switches or sockets near water | Water and electricity together can kill.
step: {Turn off the water at the stop tap|Find the stop tap and turn the water off} | It is often under the kitchen sink. Turn it clockwise.
step: {Turn off the electrics if water is near them|Switch off the power if water is near the electrics} | Only if the fuse box is dry and safe to reach.
step: {Catch the water and move what you can|Move what you can and catch the drips} | Use buckets and towels, and move things off the floor.
short: Turn off the water at the stop tap, keep away from wet electrics and take photos. Then call your insurer, and your landlord if you rent.

event power-cut | the power has gone off in your home | the power | a power cut at home
tag: power cut what to do
tag: no electricity in my house
tag: electric gone off
tag: power cut how long
tag: fuse box tripped and wont reset
tag: lost power need medical equipment
ask: everything just went dark and the fridge stopped
ask: the trip switch keeps flicking off and i cant get the lights back
ask: whole street has no electric and my mum is on oxygen
ask: it cut out an hour ago and the freezer is full
ask: is there a number to ring when the lights go off
dont: Do not use candles near anything that can burn | Torches are safer.
step: {Check if it is just your home|See if it is only your home} | Look at your fuse box and at your neighbours' lights.
step: {Call the power cut line|Ring the power cut number} | It is free. They can tell you what is wrong and when it should be back.
step: {Keep the fridge and freezer closed|Leave the fridge and freezer shut} | Food stays cold for hours if you do not open the door.
short: Check your fuse box and whether neighbours have power, then call the free power cut line. Keep the fridge shut and use torches, not candles.

event kitchen-fire | there has been a fire in your kitchen | the fire | a fire in your kitchen
tag: small fire in kitchen
tag: pan caught fire
tag: chip pan fire what to do
tag: house fire what next
tag: smoke damage after fire
tag: fire in my flat
ask: the frying pan went up in flames and the whole room is black
ask: we put it out ourselves but the kitchen is wrecked
ask: toaster caught fire and now everything stinks of smoke
ask: my oven set on fire what do i do now
ask: the fire brigade have been and gone and i dont know where to start
dont: Do not throw water on burning oil | It makes the fire flare up.
step: {Get out and stay out if it is still burning|Leave the house if it is still burning} | Close doors behind you and call for help from outside.
step: {Let the fire service check it even if it is out|Ask the fire service to check even if it is out} | Heat can stay hidden in walls and cupboards.
step: {Air the house and check your smoke alarms|Open windows and test your smoke alarms} | Fit new alarms or batteries if they did not go off.
short: If it is still burning, get out, close doors and call for help. Once it is out, let the fire service check, take photos and call your insurer.

event co-alarm | your carbon monoxide alarm is going off | the alarm | a carbon monoxide alarm going off
tag: carbon monoxide alarm going off
tag: co alarm beeping
tag: carbon monoxide alarm what to do
tag: headache dizzy gas boiler
tag: co detector went off at night
tag: carbon monoxide symptoms
ask: the little white detector near the boiler is screaming
ask: we all have headaches and the co thing started beeping
ask: how do i know if its a real carbon monoxide leak or the battery
ask: alarm by the fire keeps sounding and my dog is sleepy
ask: my boiler alarm went off and i feel sick and dizzy
dont: Do not ignore it or take the batteries out | Carbon monoxide has no smell, and the alarm may be your only warning.
step: {Open windows and doors and get out|Get into fresh air} | Go into fresh air straight away.
step: {Turn off gas appliances if you can|Switch off the boiler and gas fires if you can} | Only if it is safe and quick.
step: {Call the gas emergency line|Ring the gas emergency number} | They will check your home. Get medical help if anyone feels unwell.
short: Open windows, turn off gas appliances if you can, get everyone out into fresh air and call the gas emergency line. Get medical help if anyone feels unwell.

event locked-out | you are locked out of your home | your keys | locked out of your own home
tag: locked out of my house
tag: lost my house keys
tag: locked out at night what to do
tag: emergency locksmith
tag: keys locked inside
tag: door jammed cant get in
ask: left my keys inside and the door slammed behind me
ask: cant find my front door key anywhere and its getting dark
ask: the lock is jammed and wont turn
ask: who do i call to get into my own flat
ask: my bag with the keys got nicked and im stood outside
dont: Do not climb in through a window | You could fall, and neighbours may think you are a burglar.
step: {Check who else has a key|Think who has a spare key} | A family member, neighbour or landlord may have a spare.
step: {Call a locksmith you can trust|Get a trusted locksmith} | Ask for the full price before they start. Your insurer may recommend one.
step: {Change the locks if your keys were stolen|Get the locks changed if your keys were taken} | Someone may know where you live.
short: Check who else has a key, then call a trusted locksmith and ask the price first. If your keys were stolen, change the locks.

event burglary | your home has been {burgled|broken into} | the break-in | your home has been burgled
tag: house burgled what to do
tag: came home to a break in
tag: burglary report police
tag: someone broke into my flat
tag: burgled while on holiday
tag: back door smashed things stolen
ask: came back and the back door was kicked in and my laptop was gone
ask: someone has been through all our drawers while we were out
ask: the window is smashed and my jewellery is missing
ask: we got robbed last night while we slept
ask: i think someone is still inside the house
dont: Do not go in if you think they are still inside | Go somewhere safe and call {{police-999}}.
dont: Do not tidy up first | The police may want to look for evidence.
step: {Report it to the police|Tell the police} | Ask for a crime number. Your insurer will need it. $route also helps people after a crime.
step: {Cancel stolen cards and change passwords|Stop stolen cards and change your passwords} | Do it before anything else is taken from your accounts.
step: {Make the house secure|Get the house secure again} | Get broken doors and windows fixed today, or boarded up.
short: If they may still be inside, get out and call {{police-999}}. Otherwise, report it, get a crime number and cancel stolen cards.

event storm-damage | a storm has damaged your home | the storm damage | storm damage to your home
tag: storm damage to roof
tag: tree fell on my house
tag: roof tiles blown off
tag: storm damage insurance
tag: fence blown down in storm
tag: rain coming in after storm
ask: half the roof tiles came off last night and rain is getting in
ask: a massive branch came down on the conservatory
ask: the wind took our chimney pot and theres a hole
ask: water is dripping through the loft after the gales
ask: the garden wall fell onto next doors car in the storm
dont: Do not go on the roof | Leave it to someone with the right kit.
step: {Make it safe for now|Keep everyone safe for now} | Put buckets under leaks and keep away from damaged walls and wires.
step: {Report fallen power lines and trees|Tell the power company about fallen lines} | Keep well away from cables. Call the power cut line.
step: {Get temporary repairs done|Get a quick fix to keep the weather out} | Your insurer may cover a tarpaulin or boarding to stop more damage.
short: Keep away from fallen cables and damaged walls, stop more water getting in if it is safe, take photos and call your insurer.
`

const lexNeighbours = `
domain neighbours | Neighbours | trouble with the people who live next door or nearby
routes: danger report-police stalking support
org: your council | a community mediation service | Citizens Advice
scope: \b(neighbou?rs?|next door|the (flat|people) (above|below|upstairs|downstairs))\b
scope: \b(loud music|noise (complaint|nuisance)|anti ?social behaviou?r|community trigger|high hedge|boundary (dispute|line)|moved the fence)\b
danger: If a neighbour threatens to hurt you or tries to get in, call {{police-999}} | Stay inside, lock the door and keep your phone with you.
help: Get advice and support | $org can help you sort it out. If it is wearing you down, $route can listen.
disclaim: legal advice
source: https://www.gov.uk/how-to-resolve-neighbour-disputes | Resolving neighbour disputes | GOV.UK | Talking to your neighbour, mediation, and when the council or police can help.
source: https://www.citizensadvice.org.uk/housing/problems-where-you-live/ | Problems where you live | Citizens Advice | Noise, nuisance, boundaries and antisocial behaviour.
source: https://www.police.uk/ | Police.uk | UK police | Reporting crime and antisocial behaviour to your local police.
tag: problem with my neighbour
tag: neighbour dispute help
tag: neighbour from hell
tag: next door causing problems
dont: Do not {get into a shouting match|shout back} | It can make things worse, and it {can be used against you|may count against you later}.
dont: Do not {post about them online|name them on social media} | It can turn a dispute into a feud, or a claim against you.
dont: Do not {damage their property to get back at them|take revenge on their things} | It could be a crime, however fed up you are.
dont: Do not {go round when you are angry|knock on their door in a temper} | Wait until you are calm, or write instead.
step: {Keep a diary|Log every incident} | Write down each time it happens: the date, the time and how it affects you.
step: {Try a calm word or a note|Raise it politely first} | Many neighbours {do not know|have no idea} they are causing a problem.
step: {Ask about mediation|Try a mediation service} | A trained mediator {can help you both agree a way forward|helps both sides find an answer}.
step: {Report it to the council|Tell your council} | Councils can act on noise, rubbish and antisocial behaviour.
step: Talk to your landlord or housing association if you rent | They may be able to deal with a tenant who causes problems.
wait: {Moving house|Selling up}. Most neighbour problems can be eased without that.
wait: {Going to court|Legal action}. Mediation and the council come first.
wait: {Getting other neighbours on your side|Starting a petition in the street}.
calm: {Trouble with neighbours|A bad neighbour} can make you feel unsafe in your own home, and that is hard.
calm: {Lots of people go through this|This is more common than you might think}, and many disputes calm down with the right help.
short: Keep a diary and try a calm word or mediation first.
short: Your council can act if things carry on.
note: It does not cover disputes about buying or selling a home.

who renter | {and you rent your home from a landlord|and you are renting from a landlord} | renting, tenant, rented flat, council tenant | i rent my flat, im a council tenant, its a housing association house, we rent
step: Tell your landlord or housing association | They can act when another tenant causes problems, and may have a team for it.
who elderly | and you are older and live alone | elderly, pensioner, live alone, older person | im 78 and live alone, im a pensioner on my own, at my age this frightens me
step: Let someone you trust know | A relative or friend can check in on you and help with reports.
who children | with young children at home | with kids, with children, family with a baby | we have a baby, my kids are scared, with two small children
step: Think about the children first | Keep them away from any arguments and tell them they are safe.
who working-nights | and you work nights or shifts | night shift, shift worker, work nights | i work nights, im on shifts, i sleep in the day
step: Say when you need quiet | Neighbours may not know you sleep in the day.

also flats | in a block of flats | flat, block of flats, upstairs neighbour, downstairs neighbour | i live in a flat, the people upstairs, its a block of flats, the flat below
step: Talk to the building manager | In a block, the managing agent or freeholder may have rules your neighbour must keep.
also new | and you only moved in recently | new neighbour, just moved in, new house | we only just moved in, theyve only been here a month, new people moved in next door
step: Introduce yourself before it gets worse | A friendly start can make later problems easier to sort.
also long-running | and it has been going on for months | for months, for years, ongoing | its been months, this has gone on for over a year, it never stops
step: Ask the council about the community trigger | If you have reported antisocial behaviour several times and nothing has happened, you can ask for a case review.

event noise | your neighbours are {too noisy|making noise} every night | the noise | noisy neighbours at night
tag: noisy neighbours every night
tag: loud music from next door
tag: neighbour noise complaint
tag: neighbours partying till late
tag: how to report noise to council
tag: cant sleep because of neighbours
ask: the bass from next door goes on till three most nights and i have work
ask: people upstairs stomp and shout all hours and i havent slept properly in weeks
ask: whats the number for the council to complain about racket next door
ask: they have parties every weekend and laugh when i knock
ask: the flat below plays music so loud my floor shakes
dont: Do not bang on the walls or play music back | It rarely works and can make you the one reported.
step: {Use a noise app or diary|Record the noise} | Record when it happens and for how long. The council will ask for this.
step: {Report noise to the council|Ask the council's noise team to act} | Council teams can visit, record the noise and serve a notice.
short: Keep a record of $what, try a calm word or a note, and report it to your council if it carries on.

event threatening-neighbour | a neighbour is threatening you | the threats | a neighbour threatening you
tag: neighbour threatened me
tag: neighbour threatening to hurt me
tag: scared of my neighbour
tag: neighbour shouting abuse at me
tag: neighbour intimidating my family
tag: neighbour harassment police
ask: the man next door said hed smash my face in if i complained again
ask: she screams at me every time i leave the house and i am frightened to go out
ask: my neighbour keeps standing at my window staring and muttering
ask: they said they know when im alone and i should watch myself
ask: the lads next door are trying to scare us into moving
dont: Do not confront them alone | Stay inside and let the police deal with it.
step: {Report the threats to the police|Tell the police about the threats} | Threats and harassment are crimes. Give your diary and any recordings.
step: {Save recordings and messages|Keep every recording and message} | Doorbell camera clips, texts and voice notes can all help.
step: {Talk to a stalking and harassment helpline|Call a harassment helpline} | They can help you plan how to stay safe.
short: If you are in danger, call {{police-999}}. Otherwise, report the threats to the police, keep a diary and save any recordings.

event boundary | your neighbour {has moved|is moving} the fence onto your land | the boundary | a boundary dispute with a neighbour
tag: neighbour moved the fence
tag: boundary dispute with neighbour
tag: neighbour built on my land
tag: who owns the fence
tag: neighbour took part of my garden
tag: boundary line disagreement
ask: they knocked down the old fence and put a new one a foot into our garden
ask: how do i prove where my garden actually ends
ask: the neighbour says the strip by the drive is hers and has started parking on it
ask: he built a shed that is partly on our side
ask: we are arguing over whose job it is to fix the fence
step: {Check your title plan|Look at the Land Registry plan} | The Land Registry has plans for most homes. They show the general boundary, not the exact line.
step: {Talk it through with old photos|Use old photos to talk it through} | Photos and papers from when you moved in can show where things were.
step: {Get advice before you take anything down|Ask for advice before you move anything} | A surveyor or solicitor can help if you cannot agree.
short: Check your title plan and old photos, talk it through calmly and get advice before you move or take anything down.

event hedge | your neighbour's {trees are|hedge is} {blocking your light|taking over your garden} | the hedge | a neighbour's trees or hedge
tag: neighbours hedge too high
tag: overhanging tree from next door
tag: can i cut my neighbours tree
tag: high hedge blocking light
tag: tree roots damaging my house
tag: leylandii complaint council
ask: the conifers next door are so tall my garden never gets sun
ask: branches from their oak hang right over my roof
ask: am i allowed to trim what grows over onto my side
ask: roots from their tree are cracking my patio
ask: the hedge is about twenty feet and they refuse to cut it
dont: Do not cut beyond your side of the boundary | You can usually trim what overhangs, but only up to the line.
step: {Ask your neighbour to cut it back|Ask next door to trim it} | Put it kindly in a note. Offer to share the cost.
step: {Ask your council about high hedges|Complain to the council about a high hedge} | Councils can deal with complaints about tall evergreen hedges.
short: Ask your neighbour kindly first. You can usually trim what hangs over your side, and the council can act on very high hedges.

event parking | your neighbour keeps {blocking your drive|parking across your drive} | your drive | a neighbour blocking your drive
tag: neighbour parking across my drive
tag: car blocking my driveway
tag: neighbour parks outside my house
tag: cant get my car out
tag: parking dispute next door
tag: neighbour parking on dropped kerb
ask: they left their van over my drive again and i need to get to hospital
ask: every morning theres a car across my dropped kerb
ask: the new people keep parking in my space in front of the house
ask: can the council tow someone blocking my driveway
ask: i missed work because i couldnt get the car out
dont: Do not block them in or damage their car | It could be a crime, however fed up you are.
step: {Ask them to move it|Ask them politely to move} | Stay calm and polite.
step: {Report a blocked dropped kerb to the council|Tell the council about a blocked drive} | Councils can give parking fines for blocking a driveway.
short: Ask your neighbour calmly to move, keep a record, and report a blocked drive to your council.

event dangerous-dog | your neighbour's dog attacked {you|your dog} | the dog | a neighbour's dog attacking
tag: neighbours dog attacked my dog
tag: dog bit me next door
tag: dangerous dog report
tag: neighbours dog keeps escaping
tag: scared of neighbours dog
tag: dog out of control neighbour
ask: the staffy next door got through the gap and went for my little terrier
ask: their dog bit my hand when i went to get my post
ask: the dog from number 12 runs loose and jumps at my kids
ask: who do i tell about a dog that keeps getting out and going for people
ask: my cat was killed by the dog over the road
dont: Do not try to handle the dog yourself | Keep away and get inside.
step: {Get medical help for bites|Have any bite checked} | Bites can get infected. See a GP or go to A&E, and take your pet to a vet.
step: {Report the attack|Report the dog} | A dog that is dangerously out of control is a police matter. Councils deal with strays.
short: Get medical help for any bite, report a dog that is out of control to the police, and keep away from it.

event antisocial | people are causing trouble outside your home | the antisocial behaviour | antisocial behaviour outside your home
tag: antisocial behaviour outside my house
tag: youths hanging around causing trouble
tag: kids throwing stones at my windows
tag: gang outside my flat
tag: report antisocial behaviour
tag: drug dealing on my street
ask: a group of teenagers sit on my wall every night and smash bottles
ask: someone keeps egging my front door and ringing the bell
ask: theres dealing going on in the stairwell and im scared
ask: they set a wheelie bin on fire outside my house
ask: the lads on bikes shout at me every time i come home
dont: Do not go out to confront a group | It could put you at risk.
step: {Report it to the police or council|Tell the police or council each time} | Each report builds a picture. Ask for a reference number.
step: {Ask about the community trigger|Use the community trigger} | If you have reported it several times and nothing has happened, you can ask for a review.
short: Do not confront them. Report each incident to the police or council and keep a diary.

event neighbour-cctv | your neighbour's camera {points|is pointed} at your home | the camera | a neighbour's camera pointing at your home
tag: neighbours cctv pointing at my house
tag: neighbour camera filming my garden
tag: doorbell camera recording me
tag: neighbour filming me
tag: cctv privacy neighbour
tag: is it legal neighbour camera
ask: next door put up a camera that looks straight into my back garden
ask: their ring doorbell catches everything i say on my path
ask: i feel watched every time i hang washing out because of his camera
ask: can they film my kids playing in our own garden
ask: he has three cameras all angled at my windows
step: {Ask them what it covers|Ask what their camera sees} | Many people do not realise what their camera sees.
step: {Contact the Information Commissioner's Office|Get advice from the Information Commissioner's Office} | If a camera films beyond their property, data protection rules may apply.
short: Ask calmly what the camera covers. If it films your home, the Information Commissioner's Office explains your rights.
`
