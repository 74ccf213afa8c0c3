package librarytest

// Out and about: travel, cars and roads, crime, and everyday trouble
// online that is not the real library's (no images, no threats).
func init() {
	domainSources = append(domainSources, lexTravel, lexRoads, lexCrime, lexOnline)
}

const lexTravel = `
domain travel | Travel trouble | something going wrong on a journey or abroad
routes: danger support report-police
org: the Foreign Office travel advice service | your travel insurer | the airline or operator
scope: \b(abroad|overseas|on holiday|passport (lost|stolen|missing)|lost (my|our) passport|embassy|consulate|(flight|plane) (cancelled|delayed)|cancelled flight|delayed flight|stranded|lost (luggage|baggage|suitcase)|luggage (lost|missing|delayed)|last (train|bus)|atol|abta|travel insurance|ghic|ehic)\b
danger: If you are in danger abroad, call the local emergency number | {In Europe it is one one two|Ask your hotel or host if you do not know it}. {Then contact the British embassy|The nearest British embassy can help after that}.
help: {Get help from home|Use the help that is there for British travellers} | $org {can advise you|can tell you what to do next}. {If it has shaken you|If you feel low or scared}, $route {can listen|is there}.
disclaim: legal or travel advice
source: https://www.gov.uk/foreign-travel-advice | Foreign travel advice | GOV.UK | Country-by-country advice and how the Foreign Office can help British people abroad.
source: https://www.gov.uk/emergency-travel-document | Get an emergency travel document | GOV.UK | Travelling home when your passport is lost or stolen abroad.
source: https://www.citizensadvice.org.uk/consumer/holiday-cancellations-and-compensation/ | Holiday cancellations and compensation | Citizens Advice | Rights when flights and holidays go wrong.
tag: trouble abroad help
tag: travel problem what to do
tag: holiday gone wrong
tag: stuck abroad help
dont: Do not {hand your passport to anyone who is not an official|give your passport as a deposit} | {You may not get it back|Keep it with you}.
dont: Do not {throw away tickets, receipts or boarding passes|lose your receipts} | {You may need them to claim|They prove your costs}.
dont: Do not {pay for expensive fixes before calling your insurer|book a new flight without asking} | {They may not cover it|Ask what they will pay first}.
dont: Do not {agree to sign papers you cannot read|sign a statement in a language you do not understand} | {Ask for a translator|Ask for help first}.
step: {Call your travel insurer|Ring your insurer's emergency line} | {Most have a line open all the time|They can arrange help and tell you what they cover}.
step: {Keep receipts for everything|Save every receipt} | {Food, hotels and transport|Costs you would not have had} {may be paid back|can often be claimed}.
step: {Tell someone at home|Let family know where you are} | {Share your plans and your location|Agree when you will next check in}.
step: {Contact the British embassy or consulate if you need help|Ask the nearest British embassy for help} | {They can help with lost passports, arrests and emergencies|They help British people in trouble abroad}.
step: {Check your bank can work abroad|Make sure you can get money} | {Tell your bank where you are|Keep a backup card apart from your main one}.
wait: {Making a full claim|Writing your claim}. {Do it when you are home|It can wait until you are back}.
wait: {Complaining to the company|Writing a complaint}.
wait: {Planning your next trip|Booking another holiday}.
calm: {Trouble far from home is frightening|Things going wrong abroad feel much worse}, and {it is normal to feel lost|feeling shaken is normal}.
calm: {Help is there for British travellers|Embassies and insurers deal with this every day}, {one step at a time|and it can be sorted}.
short: {Call your travel insurer and keep every receipt|Keep receipts and call your insurer's emergency line}.
note: It does not cover moving abroad or visas to live somewhere.

who children | {while travelling with children|with your children travelling with you} | with kids, with children, family holiday | i have my two kids with me, we are with the children, its a family holiday, with my baby
step: {Keep the children close and calm|Keep the children with you} | {Give them a job to do|Tell them simply what is happening}.
who alone | travelling alone | on my own, solo, travelling alone | im on my own, im travelling solo, im by myself
step: {Stay somewhere busy and safe|Keep to busy, well-lit places} | {Tell someone at home where you are|Share your location with someone you trust}.
who older | as an older traveller | elderly, pensioner, older | im 75, im a pensioner, my husband and i are in our eighties
step: {Ask for assistance|Ask for special assistance} | {Airports and airlines offer free help|They can help with getting around}.
who disabled | {and you are disabled or have a long-term illness|and you have a disability that makes this harder} | disabled, wheelchair, disability | im in a wheelchair, i have a disability, my medication is in the lost bag
step: {Say what help you need|Tell staff about your needs} | {Ask for assistance straight away|They must help disabled passengers}.

also no-insurance | and you have no travel insurance | no insurance, not insured, forgot insurance | i didnt get insurance, we have no travel insurance, im not insured
step: {Check your bank account or card for cover|See if your card comes with cover} | {Some accounts include travel insurance|Your card may offer some protection}.
also no-money | and you have run out of money | no money, cards stopped, skint | my cards are not working, ive got no money left, i only have a few euros
step: {Ask about emergency money transfers|Ask family to send money} | {Money transfer services work fast|The embassy can tell you how}.
also no-language | and you do not speak the language | dont speak the language, no one speaks english | i dont speak the language, nobody speaks english here, i cant understand anyone
step: {Use a translation app|Ask for an interpreter} | {Most phones can translate speech|Police and hospitals can find one}.

event passport-lost | you have lost your passport abroad | your passport | losing your passport abroad
tag: lost passport abroad
tag: passport stolen on holiday
tag: emergency travel document
tag: cant fly home no passport
tag: lost passport before flight home
tag: british embassy passport
ask: my bag with my passport got taken on the beach and we fly home in two days
ask: i cant find my passport anywhere in the hotel
ask: how do i get home if my passport was stolen in spain
ask: someone took my wallet and passport on the metro
ask: the airline wont let me board without it
dont: Do not {try to travel on a photo of your passport|hope they let you fly without it} | {You need a proper document|Airlines will refuse you}.
step: {Report it to the local police|Get a police report} | {Ask for a written report|You may need it for insurance}.
step: {Apply for an emergency travel document|Apply online for an emergency document} | {It lets you travel home|It is quicker than a new passport}.
step: {Cancel the lost passport|Report the passport lost} | {So nobody else can use it|It stops it being misused}.
short: {Report it to the local police|Get a police report}, {apply online for an emergency travel document|apply for an emergency document}, and tell your travel insurer.

event flight-cancelled | your flight has been {cancelled|cancelled at the last minute} | the flight | a cancelled flight
tag: flight cancelled what are my rights
tag: flight cancelled stuck at airport
tag: compensation for cancelled flight
tag: airline wont rebook me
tag: overnight at airport cancelled flight
tag: flight delayed over 5 hours
ask: they cancelled our flight home and the desk has closed
ask: the airline just emailed saying the flight is not running tomorrow
ask: we are sleeping on the airport floor because of a cancellation
ask: do they have to pay for a hotel if the flight is off
ask: can i claim money back after a 7 hour delay
dont: Do not {accept a voucher if you want a refund|take a voucher on the spot} | {You may be owed a refund or a new flight|Cash is usually your right}.
step: {Ask for a new flight or a refund|Ask the airline to rebook you} | {You can usually choose|They must offer a choice}.
step: {Ask for food and a hotel|Ask for care while you wait} | {Airlines must usually provide meals and a hotel|Keep receipts if you pay}.
step: {Claim compensation later|Check for compensation} | {Depending on the reason and the delay|Many cancellations qualify}.
short: {Ask the airline for a new flight or a refund|Ask to be rebooked}, ask for food and a hotel while you wait, and keep receipts to claim later.

event robbed-abroad | you have been robbed abroad | the robbery | being robbed abroad
tag: robbed on holiday
tag: wallet stolen abroad
tag: mugged abroad what to do
tag: phone stolen on holiday
tag: pickpocketed abroad
tag: police report for insurance abroad
ask: two men on a scooter grabbed my bag in barcelona
ask: our hotel room was broken into and our cash is gone
ask: someone took my phone and cards at the beach bar
ask: i was mugged on the way back to the apartment
ask: how do i get a police report in another country
dont: Do not {chase the thief|fight back} | {Your safety matters more than things|Let it go}.
step: {Cancel your cards|Block your cards straight away} | {Use your banking app or phone the bank|Do it before they are used}.
step: {Report it to the local police|Get a crime report} | {Your insurer will need it|Ask for a copy}.
step: {Get emergency money|Sort out money to get by} | {Family can send money|The embassy can advise}.
short: {Make sure you are safe|Get somewhere safe first}, {cancel your cards|block your cards}, report it to the local police for a crime report, and call your insurer.

event ill-abroad | you are ill or hurt abroad | the illness | being ill or hurt abroad
tag: ill on holiday what to do
tag: hospital abroad insurance
tag: injured abroad
tag: ghic card hospital
tag: hospital bill abroad
tag: sick on holiday no insurance
ask: my husband collapsed by the pool and he is in hospital in turkey
ask: i broke my ankle skiing and the clinic wants payment now
ask: do i need to pay for a doctor with my ghic
ask: my son has a high fever and we are in a village miles from anywhere
ask: the hospital wont release me until the bill is paid
dont: Do not {sign a payment promise without calling your insurer|pay a big bill before asking your insurer} | {They may pay it directly|Ask them first}.
step: {Call your insurer's medical line|Ring your insurer's emergency medical line} | {They can guide you to care|They may pay the hospital}.
step: {Use your health card in Europe|Show your GHIC or EHIC} | {It covers state healthcare in many countries|It can cut the cost}.
step: {Keep every medical document|Save reports and receipts} | {You will need them to claim|Ask for copies}.
short: {Get care first, then call your insurer's medical line|Call your insurer's emergency medical line}. {Use your GHIC in Europe|Show your health card}, and keep every document.

event stranded-night | you are stranded far from home at night | the journey | being stranded at night
tag: missed last train home
tag: stranded at night no money
tag: stuck in city at night
tag: last bus gone what do i do
tag: train cancelled stranded
tag: phone dead stranded
ask: i missed the last train and my phone is on 5 percent
ask: the trains are cancelled and i am stuck in a station on my own
ask: its midnight and i have no way to get back and no cash
ask: my connection was late and now there is nothing till morning
ask: my friends left me and i dont know where i am
dont: Do not {get into an unlicensed cab|accept a lift from a stranger} | {Use a licensed taxi|It may not be safe}.
step: {Ask station staff for help|Find a member of staff} | {If a delay caused it, they may have to get you home|They can arrange help}.
step: {Call someone to come or pay|Call a friend or family} | {They can book a taxi for you|Someone may pick you up}.
step: {Save your battery|Turn on low power} | {Close apps and turn down the screen|Keep enough battery for calls}.
short: {Ask station staff for help|Find a member of staff}, {call someone who can help|ring a friend or family}, and {use only licensed taxis|do not get into an unlicensed cab}.

event luggage-lost | your luggage has been lost | your luggage | lost luggage
tag: airline lost my luggage
tag: suitcase didnt arrive
tag: lost baggage claim
tag: bag delayed how long
tag: luggage damaged by airline
tag: essentials claim lost luggage
ask: our cases didnt come out on the carousel
ask: the airline lost my bag with all my medication in it
ask: its been a week and my suitcase still hasnt turned up
ask: can i buy clothes and claim it back
ask: my case came back smashed
dont: Do not {leave the airport without reporting it|forget to report it} | {Report it before you leave|Ask for a report}.
step: {Fill in a report at the airport|Report it at the baggage desk} | {Get a reference number|Keep a copy}.
step: {Buy only essentials|Keep essentials receipts} | {Airlines usually pay for reasonable essentials|Keep the receipts for them}.
step: {Claim in time|Watch the deadline} | {Claims have short time limits|Write to the airline quickly}.
short: {Report it at the airport before you leave|Fill in a report at the baggage desk}, keep receipts for essentials, and {claim within the time limit|write to the airline quickly}.

event arrested-abroad | you or someone with you has been arrested abroad | the arrest | an arrest abroad
tag: arrested abroad what happens
tag: friend arrested on holiday
tag: son detained abroad
tag: british embassy arrest
tag: lawyer abroad help
tag: police holding me abroad
ask: my son has been arrested in greece after a fight
ask: police took my friend away and we cant find out where
ask: can the embassy get him out of jail
ask: they want me to sign a statement i cant read
ask: my partner has been detained at the airport in dubai
dont: Do not {sign anything you do not understand|sign without a translation} | {Ask for a translator|Wait for a lawyer}.
step: {Ask them to tell the British embassy|Ask for the embassy to be told} | {They can visit and give a list of lawyers|They can check you are treated fairly}.
step: {Find a local lawyer|Get legal help locally} | {The embassy can give a list|Your insurer may help}.
step: {Tell family at home|Let family know} | {They can call the Foreign Office|They can help with money}.
short: {Ask for the British embassy to be told|Ask them to contact the embassy}, {do not sign anything you do not understand|ask for a translator}, and find a local lawyer.

event company-collapsed | your holiday company has gone bust | the holiday | a holiday company going bust
tag: holiday company gone bust
tag: travel firm collapsed
tag: atol protected refund
tag: airline went bust
tag: stranded airline collapsed
tag: holiday booking refund company gone
ask: the travel agent has gone into administration and we fly next month
ask: our airline stopped flying while we are in portugal
ask: is my holiday protected if the company collapsed
ask: we paid £4,000 to a tour firm that has disappeared
ask: the hotel says the company hasnt paid them and wants us to pay
dont: Do not {pay the hotel again without checking|pay twice} | {Check your protection first|Your scheme may cover it}.
step: {Check for ATOL protection|Look for ATOL or ABTA} | {Protected bookings get help to get home or a refund|Check your certificate}.
step: {Contact your card provider|Ask about section seventy five} | {Card payments may be refunded|Your card company may help}.
step: {Keep all booking papers|Save confirmations} | {You will need them to claim|They prove what you paid}.
short: {Check for ATOL or ABTA protection|Look for holiday protection}, {contact your card provider|ask your card company}, and keep all booking papers.
`

const lexRoads = `
domain roads | Cars and roads | something going wrong with a car or on the road
routes: danger report-police after-crime support
org: your motor insurer | the DVLA | Citizens Advice
scope: \b(car (crash|accident)|crashed|collision|rear ended|hit and run|hit my car|(keyed|scratched|dented) my car|broke(n)? down (on|in)|breakdown (cover|service)|hard shoulder|motorway|towed|clamped|impounded|car pound|speeding|speed camera|notice of intended prosecution|car (was |has been )?stolen|road rage|uninsured driver|no insurance|dashcam)\b
danger: If anyone is hurt, or a car is blocking a fast road, call {{police-999}} | {Get everyone out on the side away from traffic|Stand well back behind a barrier}.
help: {Get advice and support|Ask for advice} | $org {can explain what comes next|can help you}. {If it has shaken you|If it has upset you}, $route {can listen|is there}.
disclaim: legal advice
source: https://www.gov.uk/browse/driving | Driving and transport | GOV.UK | Rules on licences, accidents, fines and vehicles.
source: https://www.gov.uk/reporting-accidents | Report a road accident | GOV.UK | When you must stop and report an accident.
source: https://www.citizensadvice.org.uk/consumer/cars/ | Cars | Citizens Advice | Help with car problems, repairs and parking fines.
tag: car problem help
tag: road trouble what to do
tag: car trouble help
tag: something happened on the road
dont: Do not {admit blame at the scene|say the crash was down to you} | {Let the insurers decide|It can affect your claim}.
dont: Do not {drive if you are shaken or hurt|get back behind the wheel in shock} | {Take a break|Wait until you feel steady}.
dont: Do not {ignore letters about fines or claims|leave letters unopened} | {Deadlines are short|Costs go up}.
dont: Do not {lose your temper|get into an argument on the road} | {It can put you at risk|Keep calm and stay in the car if needed}.
step: {Take photos|Photograph everything} | {The scene, the cars, number plates and road signs|Damage, the road and the weather}.
step: {Write down details|Note the details} | {Names, registration numbers and insurers|Times, places and witnesses}.
step: {Tell your insurer|Call your insurer} | {Even if you do not claim|They must know}, {as your policy says|within the time they give}.
step: {Keep copies of letters|Save every letter and email} | {You may need them later|They are your record}.
wait: {Arguing about who pays|Deciding who is to blame}. {Insurers will do that|It can wait}.
wait: {Buying a new car|Replacing the car}.
wait: {Getting a solicitor|Legal action}, unless someone is badly hurt.
calm: {Trouble on the road is a shock|Things going wrong with a car are stressful}, and {feeling shaky is normal|your body needs time to settle}.
calm: {Most of this can be sorted with calls and letters|It can be sorted step by step}, and {help is there|you are not alone}.
short: {Make sure everyone is safe, then take photos and details|Get safe, then note details and call your insurer}.
note: It does not cover buying or selling a car.

who learner | as a new driver | new driver, just passed, learner, p plates | i only passed my test last month, im a new driver, im a learner
step: {Know the new driver rules|Check the new driver rules} | {New drivers lose their licence at fewer points|Points count more in your first two years}.
who older | as an older driver | elderly driver, pensioner, older driver | im 78, im a pensioner, i have been driving for fifty years
step: {Take someone with you to deal with it|Ask a relative to help} | {A second person helps with calls|You do not have to deal with it alone}.
who work-van | in a work vehicle | work van, company car, delivery driver | its my work van, its a company car, im a delivery driver
step: {Tell your employer|Call your manager} | {Company vehicles have their own insurance|They will have a process}.
who disabled | {and you are disabled or have a long-term illness|and you have a disability that makes this harder} | disabled, blue badge, wheelchair | i have a blue badge, im disabled, im a wheelchair user
step: {Ask for help from the breakdown or police|Say you are disabled} | {They can prioritise you|They will know you need extra help}.

also kids | {with your children in the car at the time|while you had children in the back} | kids in the car, with children, baby in car | the kids were in the back, i had my baby with me, with my children
step: {Check the children and keep them safe|Keep the children away from traffic} | {Get them out on the safe side|Keep them with you behind a barrier}.
also night | at night | at night, in the dark, late at night | it was dark, it was late at night, its the middle of the night
step: {Stay visible|Put on hazard lights} | {Wear something bright|Keep lights on} if it is safe.
also hire | {while driving a hire car|in a rental or borrowed car} | hire car, rental car, borrowed car | its a hire car, its a rental, its my friends car
step: {Call the hire company|Tell the owner} | {Their insurance and process apply|They must know straight away}.

event car-crash | you have {been in|had} a car crash | the crash | a car crash
tag: had a car accident what to do
tag: crash other driver blaming me
tag: minor car accident exchange details
tag: rear ended at lights
tag: accident on roundabout
tag: whiplash after crash
ask: someone went into the back of me at the lights and is saying i braked suddenly
ask: we had a bump on the roundabout and the other driver drove off without giving details
ask: nobody was hurt but my car is smashed at the front
ask: the other guy says he has no insurance
ask: my neck hurts since the accident yesterday
dont: Do not {leave without exchanging details|drive off} | {You must stop and give details|It is an offence to leave}.
step: {Swap details|Exchange names, addresses and insurers} | {You must give them if asked|Get theirs too}.
step: {Report it to the police if needed|Tell the police within a day if you could not swap details} | {Or if anyone was hurt|The law requires it}.
step: {See a doctor about pain|Get checked for whiplash} | {Some injuries show up later|Keep a record}.
short: {Stop and swap details|Exchange details}, take photos, tell your insurer, and report it to the police within a day if you could not swap details or anyone was hurt.

event hit-and-run | someone {hit your car|damaged your car} and drove off | the damage | a hit and run
tag: someone hit my car and drove off
tag: hit and run parked car
tag: car damaged in car park
tag: scratched my car and left
tag: hit and run report
tag: find driver who hit my car
ask: came back to the car park and the whole wing is dented and nobody left a note
ask: a van clipped my mirror and kept going
ask: i got the number plate of the car that hit me
ask: someone keyed my car outside my house
ask: is there any point reporting it if i dont know who did it
dont: Do not {chase the other driver|follow them} | {It can put you in danger|Let the police deal with it}.
step: {Report it to the police|Get a crime reference} | {Give any number plate you got|Your insurer will want it}.
step: {Look for witnesses and cameras|Ask about CCTV} | {Shops and car parks may have footage|Ask quickly before it is deleted}.
step: {Talk to your insurer|Claim through your insurer} | {An untraced driver scheme may help|Check your excess}.
short: {Report it to the police|Get a crime reference}, {look for witnesses and cameras|ask about CCTV}, and talk to your insurer.

event breakdown | your car has broken down {on a busy road|on the motorway} | the breakdown | a breakdown on a busy road
tag: car broke down on motorway
tag: broken down on hard shoulder
tag: car broke down no breakdown cover
tag: smart motorway breakdown
tag: engine warning light on motorway
tag: flat tyre on motorway
ask: the engine cut out in the middle lane and i coasted to the side
ask: im on the hard shoulder with smoke coming from the bonnet
ask: i dont have breakdown cover who do i ring
ask: my tyre blew out on the a road
ask: the car just died on the slip road
dont: Do not {stay in the car on a motorway|try to fix it on the hard shoulder} | {Get out on the side away from traffic|Wait behind the barrier}.
step: {Get to a safe place|Pull onto the hard shoulder or into an emergency area} | {Put on hazard lights|Leave sidelights on at night}.
step: {Call your breakdown service|Call for a recovery truck} | {If you have no cover, they may still come for a fee|Ask the price first}.
step: {Call {{police-999}} if you are stuck in a live lane|Call {{police-999}} if you cannot get off the road} | {Stay in the car with your belt on if you cannot get out safely|Say you are in a live lane}.
short: {Get off the road if you can|Pull into a safe place}, {get out away from traffic|wait behind the barrier}, and call for help. {Stuck in a live lane? Call {{police-999}}|In a live lane, call {{police-999}}}.

event car-towed | your car has been {towed away|clamped} | your car | a car towed or clamped
tag: car towed away
tag: car clamped private land
tag: car impounded
tag: council towed my car
tag: release fee clamped car
tag: how to get car back from pound
ask: i came back and my car was just gone from where i parked
ask: there is a yellow clamp on my wheel and they want £200
ask: the police took my car because of insurance
ask: a private company towed me from a retail park
ask: how do i find out which pound has my car
dont: Do not {try to remove a clamp yourself|cut the clamp off} | {It can be a crime|You may pay more}.
step: {Find out who took it|Call the council or police} | {Check if it was stolen or towed|They can tell you where it is}.
step: {Get it back quickly|Collect it soon} | {Storage fees add up each day|Bring your licence and documents}.
step: {Appeal if it was unfair|Challenge the charge} | {Pay and appeal|Keep photos of the signs}.
short: {Find out who took it|Call the council or police first}, {collect it quickly|get it back soon} with your documents, and appeal if it was unfair.

event speeding-notice | you got a {speeding|camera} letter | the notice | a speeding letter
tag: got a speeding ticket in the post
tag: notice of intended prosecution
tag: speed awareness course
tag: speeding fine points
tag: wasnt me driving speeding ticket
tag: speeding ticket for car i sold
ask: a letter came saying i was doing 36 in a 30
ask: i got a camera letter for a car i sold months ago
ask: can i do a course instead of points
ask: my wife was driving but it came in my name
ask: if i get this i will be over the points limit
dont: Do not {ignore the letter|leave the form} | {You must reply in time|Not replying is an offence}.
step: {Name the driver|Fill in the form} | {Say who was driving|It must be returned on time}.
step: {Ask about a course|Check if you can do a course} | {You may be offered one|It can avoid points}.
step: {Get advice if you may lose your licence|Ask for advice near the limit} | {You may be able to explain hardship|A solicitor can help}.
short: {Reply within the time and name the driver|Fill in the form on time}. {Ask about a speed awareness course|You may be offered a course}, and get advice if you may lose your licence.

event car-stolen | your car has been stolen | the car | a stolen car
tag: car stolen from outside house
tag: car stolen overnight
tag: keyless car theft
tag: report stolen car
tag: car stolen insurance claim
tag: stolen car found damaged
ask: woke up and the drive was empty
ask: my van was taken with all my tools in it
ask: someone took my car while it was warming up on the drive
ask: the police found my car burnt out
ask: do i report it to the police or insurer first
dont: Do not {go to get it yourself if you see it|confront whoever has it} | {Call the police|It could be dangerous}.
step: {Report it to the police|Call the police now} | {Give the registration and colour|Get a crime number}.
step: {Tell your insurer|Call your insurer} | {With the crime number|As soon as you can}.
step: {Tell the DVLA if it is not found|Tell the DVLA} | {Once the insurer has settled|When they pay out}.
short: {Report it to the police and get a crime number|Call the police}, then tell your insurer. Do not go to get it yourself.

event road-rage | you were threatened by another driver | the driver | road rage
tag: road rage threatened me
tag: driver followed me home
tag: driver got out and shouted at me
tag: road rage report police
tag: aggressive driver dashcam
tag: road rage incident
ask: a man got out at the lights and started banging on my window
ask: the car behind me followed me for miles flashing his lights
ask: a driver tried to run me off the road
ask: i have dashcam footage of a driver threatening me
ask: he got out and punched my wing mirror
dont: Do not {drive home if they are following you|lead them to your home} | {Drive to a police station or busy place|Keep moving to somewhere public}.
step: {Call {{police-999}} if you are being followed|Call {{police-999}} if you are in danger} | {Keep doors locked|Stay in the car}.
step: {Save dashcam footage|Keep the footage} | {It can be overwritten|Copy it somewhere safe}.
step: {Report it|Report it to the police} | {Many forces take dashcam footage online|Give the number plate}.
short: {If you are being followed, drive to a police station or busy place and call {{police-999}}|Call {{police-999}} if you are followed}. Save dashcam footage and report it.

event uninsured-driver | the driver who hit you has no insurance | the claim | a crash with an uninsured driver
tag: hit by uninsured driver
tag: other driver no insurance
tag: claim against uninsured driver
tag: motor insurers bureau
tag: crash with driver without licence
tag: other driver gave fake details
ask: the man who went into me just admitted he isnt insured
ask: the details he gave me turned out to be fake
ask: how do i claim if the other car has no insurance
ask: he drove off and the plate comes back as uninsured
ask: will my premium go up even though it wasnt my fault
dont: Do not {accept cash at the scene|do a private deal} | {It rarely covers the real cost|Go through the proper route}.
step: {Report it to the police|Tell the police} | {Driving without insurance is an offence|Give them the details}.
step: {Claim through your insurer|Tell your insurer} | {They can claim from the uninsured drivers scheme|They know the process}.
step: {Keep all evidence|Save photos and names} | {It supports your claim|Witnesses can back you up}.
short: {Report it to the police|Tell the police}, claim through your insurer, and {do not accept cash at the scene|keep all evidence}.
`

const lexCrime = `
domain crime | Crime against you | being the victim of, or caught up in, a crime
routes: danger report-police after-crime support
org: Victim Support | the police | Citizens Advice
scope: \b(mugged|robbed|robbery|stolen|theft|assault\w*|attacked|punched|beaten up|stabbed|racist (abuse|names|comments)|homophobic|hate crime|witness\w*|police interview|voluntary interview|interview under caution|stop(ped)? and search\w*|vandal\w*|smashed (my|the|our) windows?|graffiti|tyres slashed|crime (number|reference))\b
danger: If you are in danger or hurt, call {{police-999}} | {Get somewhere safe|Go into a shop or somewhere busy} {first|if you can}.
help: {Get support after a crime|Talk to someone after what happened} | $route {can help|is free}, {whether or not you report it|even if you have not reported it}. $org {can help with the practical side|can help too}.
disclaim: legal advice
source: https://www.police.uk/pu/contact-us/ | Contact the police | Police.uk | How to report a crime, in an emergency and otherwise.
source: https://www.victimsupport.org.uk/ | Victim Support | Victim Support | Free, confidential support for people affected by crime.
source: https://www.gov.uk/government/publications/the-code-of-practice-for-victims-of-crime | The Code of Practice for Victims of Crime | GOV.UK | The rights of victims of crime in England and Wales.
tag: victim of crime what to do
tag: how to report a crime
tag: victim of crime
tag: something was stolen from me
dont: Do not {take the law into your own hands|go after them} | {It can put you at risk|Let the police act}.
dont: Do not {wash clothes or clean up straight away if you were attacked|throw away torn clothes} | {They may be evidence|The police may need them}.
dont: Do not {blame yourself|replay it over and over in your head} | {The person who did it is responsible|Nobody asks to be a victim}.
dont: Do not {post details of the case online|name suspects online} | {It can harm the case|It can be used by the defence}.
step: {Report it to the police|Tell the police} | {Online, on the non-emergency line, or at a station|Get a crime number}.
step: {Write down what you remember|Note what happened} | {Times, places, descriptions|Do it while it is fresh}.
step: {Get medical help if you were hurt|See a doctor about injuries} | {Injuries can be worse than they seem|It also records them}.
step: {Know your rights as a victim|Ask about the victims' code} | {You have a right to updates|You can ask how the case is going}.
wait: {Going to court|Thinking about a trial}. {Most cases take time|It is a long way off}.
wait: {Claiming compensation|Applying for compensation}.
wait: {Telling everyone what happened|Going over it again and again}.
calm: {Being a victim of crime is a shock|What happened to you is not okay}, and {it is normal to feel scared, angry or numb|everyone reacts differently}.
calm: {It was not your doing|The person who did it is responsible}, and {support is there whether or not you report it|help is free}.
short: {Get safe, then report it to the police|Report it and ask for a crime number}.
note: It does not cover crimes you are accused of.

who young | as a young person | teenager, 16, young person | im 16, im a teenager, im only 17
step: {Tell an adult you trust|Talk to a parent or teacher} | {You do not have to deal with this alone|They can help you report it}.
who older | as an older person | pensioner, elderly, older person | im 80, im a pensioner, im elderly and live alone
step: {Ask about extra support|Ask the police about extra support} | {Older victims can get extra help|There are services for older people}.
who disabled | {and you are disabled or have a long-term illness|and you have a disability that makes this harder} | disabled, disability, wheelchair user | im disabled, i have a learning disability, im in a wheelchair
step: {Ask for support to report|Ask for help to give your account} | {You can have someone with you|Police must make adjustments}.
who lgbt | as an LGBT+ person | gay, lesbian, trans, lgbt | im gay, im trans, my girlfriend and i, im bi
step: {Talk to an LGBT+ support service|Use an LGBT+ helpline} | {Galop supports LGBT+ victims|Specialist services understand}.

also repeat | and it keeps happening | again, keeps happening, third time | it keeps happening, this is the third time, it happened again
step: {Tell the police it is repeated|Say it has happened before} | {Repeated crimes are treated more seriously|Give all the dates}.
also night | at night | at night, late at night, in the dark | it was late at night, it was dark, it happened at midnight
step: {Plan a safe way home for now|Change your route for a while} | {Go with someone|Use busy, lit streets}.
also online-too | and they are also harassing you online | online, messages, social media | they are messaging me too, they posted about it, they keep commenting
step: {Save the messages|Screenshot what they post} | {It is part of the evidence|It shows a pattern}.

event mugged | you have been {mugged|robbed in the street} | the robbery | being mugged
tag: mugged on the way home
tag: phone snatched in street
tag: robbed at knifepoint
tag: bag snatched
tag: mugged what to do
tag: threatened and robbed
ask: two lads on bikes grabbed my phone right out of my hand
ask: a man with a knife made me hand over my wallet
ask: they pushed me over and took my bag outside the station
ask: i just got robbed and im shaking
ask: someone took my airpods and hit me
dont: Do not {chase them|go after them} | {Things can be replaced|It is not safe}.
step: {Call {{police-999}} if it just happened|Call {{police-999}} now if they are nearby} | {Give descriptions and the direction they went|Say what was taken}.
step: {Block your phone and cards|Cancel cards and lock your phone} | {Use another phone|Ask someone to help}.
step: {Get checked if you were hurt|See a doctor about injuries} | {Even minor injuries|Shock can hide pain}.
short: {If it just happened, call {{police-999}}|Call {{police-999}} if they are nearby}. {Block your cards and phone|Cancel your cards}, and get support. {Things can be replaced|You matter more than things}.

event assaulted | you have been {attacked|assaulted} | the attack | being assaulted
tag: punched in the street
tag: assaulted on a night out
tag: attacked for no reason
tag: beaten up what to do
tag: assault report police
tag: someone hit me
ask: a stranger punched me outside a pub and my eye is swollen shut
ask: i was jumped on my way home by three men
ask: my cousin hit me at a party
ask: someone headbutted me and ran off
ask: do i go to the police after being attacked
dont: Do not {clean injuries before photos if you can wait|wash off marks before photos} | {Photos are evidence|Take pictures first}.
step: {Get medical help|See a doctor or go to A and E} | {Head injuries need checking|They record your injuries}.
step: {Photograph injuries|Take photos of injuries} | {Over several days|Bruises change over time}.
step: {Report it|Tell the police} | {Ask for a crime number|Give them descriptions}.
short: {Get medical help|See a doctor} and photograph your injuries. {Report it to the police|Tell the police}, and get support from Victim Support.

event hate-abuse | you were {abused|targeted} because of who you are | the abuse | hate crime or abuse
tag: racist abuse in the street
tag: hate crime report
tag: homophobic abuse
tag: abused because of my religion
tag: targeted because im disabled
tag: racist neighbour
ask: a man on the bus kept calling me racist names and nobody helped
ask: someone spat at me and shouted about my headscarf
ask: they wrote slurs on our front door
ask: kids keep shouting abuse at me because im gay
ask: i was called names because of my wheelchair
dont: Do not {respond to the abuse|argue with them} | {It can put you at risk|Walk away if you can}.
step: {Report it as a hate crime|Report it to the police} | {You can report online|Third party centres can report for you}.
step: {Note exactly what was said|Write down the words used} | {It shows the hate|It helps the police}.
step: {Get support|Talk to a support service} | {Specialist services can help|You do not have to deal with it alone}.
short: {Report it as a hate crime|Tell the police}, write down exactly what was said, and get support. {You do not have to put up with it|Nobody deserves this}.

event witness | you witnessed a crime | the crime | witnessing a crime
tag: witnessed a crime what to do
tag: saw a stabbing
tag: witness statement police
tag: scared to be a witness
tag: saw someone being attacked
tag: witness in court
ask: i saw a man get stabbed outside the shop and i cant stop shaking
ask: the police want me to give a statement about a fight i saw
ask: im scared they will find out i was the one who called
ask: do i have to go to court if i saw it
ask: i saw a car hit someone and drive off
dont: Do not {post what you saw online|share videos} | {It can harm the case|Give it to the police}.
step: {Give the police what you know|Make a statement} | {Write notes while it is fresh|Say only what you saw}.
step: {Ask about witness support|Ask for witness care} | {Witnesses can get support|Tell them if you are scared}.
step: {Look after yourself|Talk to someone} | {Seeing violence is upsetting|It is normal to be shaken}.
short: {Tell the police what you saw|Give a statement}, ask about witness support if you are scared, and {talk to someone|look after yourself}.

event police-interview | the police want to interview you | the interview | a police interview
tag: police want to interview me
tag: voluntary interview police
tag: invited to police interview
tag: interview under caution
tag: do i need a solicitor for police interview
tag: police letter asking me to come in
ask: i got a letter asking me to attend a voluntary interview next week
ask: the police called and said they need to talk to me about an incident
ask: do i have to go if its voluntary
ask: can i get a free lawyer for a police interview
ask: what happens if i dont turn up
dont: Do not {go without legal advice|answer questions without a solicitor} | {Legal advice is free|It protects you}.
step: {Ask for a free solicitor|Use the duty solicitor} | {Legal advice is free at interview|Ask for one before it starts}.
step: {Ask what it is about|Ask for details} | {You can ask what it concerns|Your solicitor can ask}.
step: {Bring someone if you are vulnerable|Ask for an appropriate adult} | {If you are under 18 or vulnerable|You may need support}.
short: {Get free legal advice before the interview|Ask for a free solicitor}. {Ask what it is about|Find out what it concerns}, and take support if you need it.

event stop-search | you were stopped and searched by the police | the search | being stopped and searched
tag: stopped and searched by police
tag: police searched me for no reason
tag: stop and search rights
tag: complain about stop and search
tag: son stopped by police
tag: police searched my car
ask: two officers stopped me on the way to work and went through my bag
ask: i think they searched me because of my skin colour
ask: the police stopped my son outside school and searched him
ask: do i have to give my name if they stop me
ask: how do i complain about how the officer spoke to me
dont: Do not {resist the search|argue on the street} | {Complain about it afterwards|Stay calm and polite}.
step: {Ask for the record|Ask for a receipt} | {You can ask for a copy|It says why you were searched}.
step: {Note the officer's number|Write down the details} | {Names, numbers and time|It helps a complaint}.
step: {Complain if it was unfair|Make a complaint} | {To the force|The complaints body can look at it}.
short: {Stay calm and ask for the record|Ask for a receipt}, note the officers' numbers, and {complain afterwards if it was unfair|make a complaint if needed}.

event bike-stolen | your bike has been stolen | the bike | a stolen bike
tag: bike stolen from outside
tag: bicycle stolen report
tag: stolen bike for sale online
tag: ebike stolen
tag: bike stolen from shed
tag: lock cut bike gone
ask: my bike was locked outside the station and now theres just the cut lock
ask: someone broke into the shed and took both bikes
ask: i think i have found my stolen bike on marketplace
ask: is it worth reporting a nicked bike
ask: my ebike was taken from the hallway of our flats
dont: Do not {try to buy it back or meet the seller|meet the seller alone} | {Tell the police|It may not be safe}.
step: {Report it|Report it to the police} | {Give the frame number|Get a crime number}.
step: {Register it on a bike register|Check bike registers} | {It helps get it back|Police check them}.
step: {Tell your insurer|Claim on your insurance} | {Home insurance may cover it|Check your policy}.
short: {Report it with the frame number|Report it to the police}, {check bike registers|register it as stolen}, and tell your insurer.

event vandalism | your {home|car} has been vandalised | the damage | vandalism
tag: car vandalised outside house
tag: windows smashed
tag: graffiti on my house
tag: tyres slashed
tag: vandalism report
tag: garden wrecked overnight
ask: someone smashed all the windows of my car last night
ask: my tyres have been slashed again
ask: they sprayed paint all over our front wall
ask: kids smashed the greenhouse
ask: someone keeps damaging my car and i think i know who
dont: Do not {clean up before photos|repair before reporting} | {Photos are evidence|Take pictures first}.
step: {Report it|Report it to the police} | {Get a crime number|Give any footage}.
step: {Take photos|Photograph the damage} | {Before you clean up|From several angles}.
step: {Check CCTV and doorbell cameras|Ask neighbours for footage} | {It may show who did it|Ask before it is deleted}.
short: {Photograph the damage|Take photos first}, {report it and get a crime number|report it to the police}, and check for camera footage.
`

const lexOnline = `
domain online | Everyday trouble online | accounts, phones and devices going wrong, without anyone threatening you
routes: report-fraud report-scam-message support
org: the app or site's help centre | Citizens Advice | the National Cyber Security Centre's advice
scope: \b(locked out of (my|the) (account|email)|account (locked|disabled|suspended|hacked)|recovery (page|form)|two (step|factor)|verification code|sim swap|no signal|data breach|fake reviews?|one star reviews?|in ?app purchases?|vbucks|robux|virus|malware|ransom\w*|(phone|iphone) (stolen|lost|snatched|nicked)|lost my phone|find my (phone|iphone)|orders? (on|from) my account|ordered on my account)\b
help: {Get help from the official support|Use the official help} | {Use $org|Try $org} {and nothing else|only}: {fake helplines are common|scammers pose as support}. {If money was taken|If you lost money}, {report it to $route|tell $route}.
disclaim: technical or legal advice
source: https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online | Top tips for staying secure online | National Cyber Security Centre | Passwords, two-step verification and updates.
source: https://www.ncsc.gov.uk/guidance/recovering-a-hacked-account | Recovering a hacked account | National Cyber Security Centre | Steps to get back into a hacked account.
source: https://www.citizensadvice.org.uk/consumer/scams/ | Scams | Citizens Advice | Getting money back after fraud online.
tag: problem with my account
tag: online help
tag: account problem help
tag: tech trouble not a scam
dont: Do not {call a helpline number from a search advert|trust a number in a pop-up} | {Fake support lines are common|Use the official site only}.
dont: Do not {reuse the same password|keep the old password anywhere} | {One leak opens every account|Criminals try it everywhere}.
dont: Do not {give a code you were texted to anyone|read out a verification code} | {Nobody genuine asks for it|It lets them into your account}.
step: {Turn on two-step verification|Add two-step verification} | {It stops most break-ins|A code on your phone keeps others out}.
step: {Use a strong, separate password|Change passwords to strong, separate ones} | {Three random words work well|A password manager helps}.
step: {Check your email account first|Secure your email first} | {It resets everything else|Whoever controls it can reset other accounts}.
step: {Update your phone and apps|Install updates} | {Updates fix security holes|They keep devices safer}.
wait: {Deleting all your accounts|Coming off social media}.
wait: {Buying a new phone or computer|Replacing your devices}, unless advised.
wait: {Working out who did it|Finding out how it happened}.
calm: {Things going wrong online happen to millions of people|Tech trouble happens to everyone}, and {it can nearly always be fixed|most of it can be put right}.
calm: {You are not stupid for being caught out|Criminals are good at this}, and {there are clear steps to take|help is there}.
short: {Use only the official help pages|Go to the official help centre}, {and turn on two-step verification|and secure your email first}.
note: It does not cover anyone threatening you or sharing images of you.

who older | as an older person | elderly, pensioner, not good with technology | im 76, im not good with computers, im a pensioner
step: {Ask someone you trust to sit with you|Get a family member to help} | {Never a stranger who calls you|Only someone you know}.
who parent | as a parent | parent, my son, my daughter, my child | its my sons account, my daughter, my kid
audience: parent
step: {Set up parental controls|Turn on family controls} | {On the phone, console and app store|They limit spending and contact}.
who business | {for your small business or shop|and it is your small business that lost out} | small business, my shop, my business page | its my business account, i run a small shop, its our company page
step: {Check who has admin access|Review who can manage the account} | {Remove old staff|Keep at least two trusted admins}.
who student | as a student | student, at uni | im a student, im at uni
step: {Ask your university's IT help|Contact campus IT support} | {They deal with this often|They can help secure accounts}.

also money-lost | and money has gone | money taken, lost money, charged | money has gone, they took money, theres payments i didnt make
step: {Call your bank|Ring your bank now} | {Use the number on your card|Ask them to stop payments}.
also work-account | {on an account you use for your job|and your employer's account is affected} | work account, work email, company laptop | its my work email, its a work laptop, its the company account
step: {Tell your IT team now|Call your work IT desk} | {They need to know at once|They can lock it down}.
also no-phone | and you have no access to your phone number | no phone, lost number, no signal | i have no phone, my number is not working, i cant get codes
step: {Use backup codes or another method|Try backup options} | {Many services let you use backup codes|Check for another way in}.

event account-locked | you are locked out of your {email|main} account | the account | being locked out of your email account
tag: locked out of my email account
tag: cant log in to gmail
tag: password changed not by me
tag: account recovery not working
tag: someone changed my email password
tag: lost access to my email
ask: it says my password is wrong but i havent changed it
ask: i cant get into my hotmail and the recovery phone is an old number
ask: someone has changed the password and the backup email on my account
ask: the recovery form keeps rejecting me
ask: how do i prove the account is mine
dont: Do not {pay anyone who says they can get it back|use account recovery services} | {They are usually scams|Only the provider can help}.
step: {Use the official recovery page|Go to the provider's account recovery} | {Answer as much as you can|Use a device you used before}.
step: {Warn your contacts|Tell people from another account} | {Messages from it may be fake|They may be targeted}.
step: {Secure other accounts|Change passwords that used the same one} | {Start with banking|Do it from a safe device}.
short: {Use the official recovery page|Go to the provider's recovery page}, warn your contacts, and change passwords on other accounts.

event sim-swap | your phone {suddenly lost signal|number was taken over} | the number | a SIM swap
tag: phone no signal sim swap
tag: someone took over my phone number
tag: sim swap fraud
tag: my number moved to another sim
tag: getting no texts or calls
tag: network changed my sim without me
ask: my phone suddenly says no service and my bank codes are going somewhere else
ask: the network says i asked for a new sim but i didnt
ask: i cant make calls and someone is logging into my accounts
ask: they ported my number without asking me
ask: i got a text saying my sim was activated on a new device
dont: Do not {wait for the signal to come back|assume it is a fault} | {Act on it at once|Call your network now}.
step: {Call your network from another phone|Contact your mobile network} | {Ask them to stop the swap|Say you did not ask for it}.
step: {Call your bank|Warn your bank} | {Codes may be going to someone else|They can block payments}.
step: {Change passwords|Secure your email} | {From a safe device|Start with email}.
short: {Call your network from another phone now|Contact your network straight away}, call your bank, and {secure your email|change passwords}.

event review-attack | someone is posting fake reviews about your business | the reviews | fake reviews of your business
tag: fake reviews on my business
tag: one star reviews from people who never came
tag: competitor leaving bad reviews
tag: remove fake google reviews
tag: review bombing my shop
tag: false review defamation
ask: overnight we got twenty one star reviews from accounts that have never been here
ask: someone keeps writing that my cafe gave them food poisoning
ask: how do i get google to take down lies about my business
ask: i think a rival is posting bad reviews
ask: the reviews say we are racist and thats not true
dont: Do not {reply angrily|argue in the replies} | {Customers read replies|A calm reply looks better}.
step: {Report the reviews to the platform|Flag the reviews} | {Say why they break the rules|Give evidence they are fake}.
step: {Reply calmly|Post a short calm reply} | {Say you have no record of them|Invite them to get in touch}.
step: {Get advice on defamation|Ask a solicitor about false claims} | {For serious false claims|If it damages your business}.
short: {Report the reviews to the platform|Flag them}, {reply calmly if you reply at all|keep replies short and calm}, and get advice if false claims are damaging your business.

event data-breach | your details were in a data breach | the breach | a data breach
tag: data breach email what to do
tag: my details leaked online
tag: company lost my data
tag: password in data breach
tag: have i been pwned
tag: breach compensation
ask: got an email saying my info was in a hack at a company i used
ask: a website says my email and password were exposed
ask: the company lost my bank details what now
ask: do i need to change all my passwords
ask: can i claim anything for my data being leaked
dont: Do not {click links in breach emails|trust every breach email} | {Scammers send fake ones|Go to the site directly}.
step: {Change the password|Change passwords that were used there} | {And anywhere you used the same one|Use a new one}.
step: {Watch for scams|Be careful with messages} | {Criminals use breach data|Expect fake emails}.
step: {Ask the company what happened|Contact the company} | {You can complain to the Information Commissioner's Office|Ask what data was taken}.
short: {Change the password and any that match|Change passwords}, watch for scam messages, and ask the company what was taken.

event phone-stolen | your phone has been {lost|stolen} | the phone | a lost or stolen phone
tag: phone stolen what to do
tag: lost my phone with banking apps
tag: find my phone
tag: block stolen phone
tag: iphone stolen
tag: phone snatched
ask: my phone was swiped out of my hand on the high street
ask: i left my phone in a taxi and it has all my bank apps on it
ask: how do i lock my phone from a laptop
ask: someone nicked my phone at the gig
ask: my phone is gone and i need my number back on a new sim
dont: Do not {go to the location to get it back|track it down yourself} | {It can be dangerous|Give the location to the police}.
step: {Lock or wipe it remotely|Use find my phone} | {From another device|Lock it and show a message}.
step: {Call your network|Block the SIM} | {Stop calls and codes|Get a new SIM with your number}.
step: {Tell your bank|Call your bank} | {Say your phone is gone|They can lock banking apps}.
short: {Lock it remotely|Use find my phone to lock it}, {call your network to block the SIM|block the SIM}, and tell your bank.

event child-spent-money | your child spent {a lot of|hundreds of pounds of} money in a game | the payments | a child spending money in a game
tag: child spent money on game
tag: kid bought vbucks on my card
tag: in app purchases refund
tag: son spent hundreds on roblox
tag: daughter spent money on app
tag: refund accidental purchase
ask: my 8 year old spent £300 on fortnite without me knowing
ask: there are loads of payments to the app store on my card
ask: how do i get back what my kid spent on game coins
ask: my son used my password to buy stuff on his console
ask: can i get a refund from apple for my childs purchases
dont: Do not {be too hard on your child|shout at them} | {Games are built to get spending|Talk it through}.
step: {Ask the store for a refund|Request a refund} | {Explain a child made them|Many stores refund some}.
step: {Set up purchase controls|Turn on spending controls} | {Passwords for every purchase|Use the family settings}.
step: {Ask your bank if refused|Talk to your bank} | {They may help|As a last step}.
short: {Ask the app store for a refund|Request a refund}, set up purchase controls, and {talk to your child|talk it through calmly}.

event computer-virus | your computer has a virus or a ransom message | the computer | a virus or ransom message
tag: computer virus what to do
tag: ransomware message
tag: pop up says computer infected
tag: files locked ransom
tag: laptop hacked
tag: malware removal
ask: a screen came up saying my files are encrypted and to pay bitcoin
ask: my laptop is really slow and full of pop ups
ask: a message says the police locked my computer
ask: i downloaded something and now my antivirus is screaming
ask: all my photos have a strange extension and wont open
dont: Do not {pay the ransom|pay any fee} | {It may not unlock anything|It funds crime}.
step: {Disconnect from the internet|Unplug and turn off wifi} | {Stop it spreading|Cut it off}.
step: {Run a security scan|Use your antivirus} | {Or ask a trusted repair shop|Get help to clean it}.
step: {Restore from a backup|Use your backup} | {If you have one|Once it is clean}.
short: {Disconnect it from the internet|Unplug it}, do not pay any ransom, and {get it cleaned|run a scan} before you restore from a backup.

event account-orders | someone is ordering things on your {shopping|online} account | the orders | orders on your account you did not make
tag: orders on my account i didnt make
tag: amazon account hacked orders
tag: someone using my account to buy things
tag: delivery address changed on my account
tag: fraudulent orders
tag: refund for orders i didnt place
ask: there are two ipads ordered on my account going to an address in leeds
ask: someone changed my delivery address and bought stuff
ask: i keep getting order confirmations for things i never bought
ask: my account is using my saved card for stuff i didnt order
ask: they changed my password and the orders keep coming
dont: Do not {ignore order emails|assume it is spam} | {Check your account directly|Act on them now}.
step: {Cancel the orders|Contact the shop} | {Through the official site|Report the fraud}.
step: {Change your password|Secure the account} | {And remove saved cards|Turn on two-step verification}.
step: {Tell your bank about card payments|Call your bank} | {They can refund and block|Ask for a new card}.
short: {Cancel the orders through the official site|Contact the shop}, change your password, and {tell your bank about the payments|call your bank}.
`
