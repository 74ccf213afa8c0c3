package librarytest

// Life: health scares, work, family, school and university.
func init() {
	domainSources = append(domainSources, lexHealth, lexWork, lexFamily, lexSchool, lexUni)
}

const lexHealth = `
domain health | Health scares | a sudden worry about your own health or someone else's
routes: support
org: NHS urgent advice online | your GP surgery | a pharmacist
scope: \b(chest pains?|pain in (my|his|her) chest|tight chest|heart attack|stroke|face (is )?(drooping|lopsided)|slurred|found a lump|lump (in|on|under)|high temperature|fever|allergic reaction|anaphyla\w*|epipen|adrenaline pen|head injury|(hit|banged|bumped) (his|her|my|their) head|concussion|knocked (out|unconscious)|panic attacks?|swallowed (a |some |one of )?(pills|tablets|battery|batteries|magnets?|bleach|coin|medicine))\b
danger: If someone {is not breathing|has collapsed|cannot breathe}, or has chest pain or signs of a stroke, call {{ambulance-999}} | {Stay with them|Do not leave them alone} and {follow what the call handler tells you|do what the call handler says}.
help: {Get the right care|Know where to turn next} | {For urgent advice|If you are not sure how serious it is}, use $org {online or by phone|any time}. {If you are frightened or low|If the worry is too much}, $route {can listen|is there}.
disclaim: medical advice
source: https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/ | When to call 999 | NHS | Which symptoms need an ambulance straight away.
source: https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/ | When to use NHS 111 | NHS | Getting urgent medical advice online or by phone.
source: https://www.nhsinform.scot/ | NHS inform | NHS 24 | Health information and urgent care in Scotland.
tag: health scare what to do
tag: should i go to a and e
tag: worried about symptoms
tag: is this serious medical
dont: Do not {drive yourself to hospital if you feel very unwell|drive if you feel faint or have chest pain} | {You could black out at the wheel|Call for help instead}.
dont: Do not {wait to see if it passes when the signs are serious|sit it out with serious symptoms} | {Getting help early makes a real difference|Minutes can matter}.
dont: Do not {search the internet for hours|read worst cases online} | {It usually makes the fear worse|Talk to a nurse or doctor instead}.
dont: Do not {take someone else's medicine|mix medicines without asking} | {Ask a pharmacist first|It can be dangerous}.
step: {Write down the symptoms and when they started|Note what happened and when} | {It helps whoever sees you|Doctors will ask}, {so you do not have to remember under stress|and it saves time}.
step: {Bring a list of medicines|Take any medicines with you} | {Bring the boxes or a list|Show them what you or they take}.
step: {Ask someone to come with you|Take someone with you if you can} | {They can listen and ask questions|A second pair of ears helps}.
step: {Use NHS urgent advice if you are unsure|Ask the NHS urgent advice line if you do not know where to go} | {They can tell you where to go|They will send you to the right place}, and can {book you in|arrange a call back}.
wait: {Working out what caused it|Finding out why it happened}. {The doctors will look at that|That comes later}.
wait: {Telling everyone|Letting family know}, until you know more.
wait: {Calling work|Sorting out work}. A quick message is enough for now.
calm: {Health scares are frightening|A sudden health worry is frightening}, and {most turn out to be less serious than feared|getting checked is the right thing to do}.
calm: {You are doing the right thing by getting help|Asking for help now is the right call}, {whatever it turns out to be|even if it turns out to be nothing}.
short: {If you are not sure how serious it is, ask the NHS urgent advice line|The NHS urgent advice line can tell you where to go if you are unsure}.
note: It does not cover long-term conditions you already manage with your doctor.

who baby | for a baby or toddler | baby, toddler, infant, my baby | my baby, my 10 month old, my toddler, our little one
audience: parent
step: {Trust your instinct about your child|You know your child best} | {If they seem very unwell to you|If something feels wrong}, get help {straight away|even if you are unsure}.
calm: {Parents often worry they are overreacting|Worrying about a small child is normal}, and {doctors would rather see a child early|nobody minds checking a little one}.
who older | for an older relative | elderly, my mum, my dad, my nan, older person | my dad is 84, my elderly mum, my nan, my grandad
audience: supporter
step: {Tell them about any confusion|Mention any new confusion} | {In older people, illness can show as confusion|Sudden confusion is a warning sign} {and needs checking|and matters}.
who pregnant | while you are pregnant | pregnant, pregnancy, expecting | im pregnant, im 30 weeks pregnant, im expecting, i am 6 months gone
step: {Call your maternity unit|Ring your midwife or maternity unit} | {They are open all the time|They have a line that answers day and night}, and {want you to call|would rather hear from you}.
who alone | {and there is nobody else with you|while you are alone with no one to help} | alone, on my own, by myself | im on my own, theres nobody here, i live alone, im by myself tonight
step: {Unlock the door if you call an ambulance|Leave the door unlocked for the crew} | {Tell the call handler you are alone|Say you are on your own}.

also night | in the middle of the night | at night, middle of the night, at 2am | its 2am, its the middle of the night, my gp is shut, it is late and nothing is open
step: {Use NHS urgent advice at night|Ask NHS urgent advice when your GP is shut} | {It works all night|It is open around the clock}.
also abroad | while you are abroad | abroad, on holiday, overseas | im on holiday in spain, we are abroad, im overseas, we are travelling
step: {Call the local emergency number|Use the local emergency number} | {In Europe it is one one two|Ask your hotel or host for the number}. {Then call your travel insurer|Tell your travel insurance}.
also condition | and you have a long-term condition | diabetic, asthma, heart condition, long term condition | im diabetic, i have asthma, i have a heart condition, i have epilepsy
step: {Mention your condition first|Tell them about your condition straight away} | {It changes what they look for|It may change what they do}.

event chest-pain | you have {chest pain|pain in your chest} | the pain | sudden chest pain
tag: chest pain what to do
tag: pain in chest and left arm
tag: tight chest should i call 999
tag: chest pain sweating
tag: heart attack signs
tag: crushing chest pain
ask: my chest feels like someone is sitting on it and my arm is tingling
ask: ive got a horrible tight feeling across my chest and im sweating
ask: is this a heart attack or just indigestion
ask: sharp pain in my chest when i breathe in
ask: my husband is clutching his chest and looks grey
dont: Do not {wait for the pain to pass|sleep on it} | {Chest pain can be a heart attack|Every minute counts with the heart}.
step: {Call {{ambulance-999}} for chest pain that is sudden, crushing or spreading|Call {{ambulance-999}} if the pain spreads to the arm, jaw or back} | {Say it is chest pain|Tell them it is chest pain} {and answer their questions|and describe it}.
step: {Sit down and rest|Stop and sit down} | {Keep still while you wait|Do not walk about}.
step: {Ask about aspirin|Ask the call handler about chewing aspirin} | {Only if they say so|Do it only if they tell you to}.
short: {Sudden chest pain, especially with sweating or pain in the arm or jaw, needs {{ambulance-999}}|Call {{ambulance-999}} for sudden, crushing or spreading chest pain}. {Sit down and wait for help|Rest while you wait}.

event stroke-signs | someone {may be|might be} having a stroke | the stroke | signs of a stroke
tag: signs of a stroke
tag: face drooping slurred speech
tag: cant lift one arm
tag: mini stroke what to do
tag: sudden confusion and weakness
tag: is it a stroke
ask: my mums face has gone lopsided and shes talking gibberish
ask: dad suddenly cant hold his cup and his words are slurred
ask: one side of my face feels numb and my arm is weak
ask: he went confused all of a sudden and cant smile properly
ask: it came and went in ten minutes should i still go
dont: Do not {wait to see if it gets better|let them sleep it off} | {Stroke treatment works best fast|Quick treatment saves lives and speech}.
step: {Think FAST|Check face, arms and speech} | {Face fallen on one side, arms that cannot be lifted, speech that is slurred|A drooping face, a weak arm, or muddled speech}: {time to call {{ambulance-999}}|call {{ambulance-999}} at once}.
step: {Note the time it started|Write down when it began} | {Doctors need to know|It decides the treatment}.
step: {Get checked even if it passes|Still get help if the signs go away} | {It may be a mini stroke|A mini stroke is a warning}, {which needs urgent care|and needs seeing that day}.
short: {A drooping face, a weak arm or slurred speech means call {{ambulance-999}} straight away|Think FAST and call {{ambulance-999}}}. {Note the time it started|Write down when it began}.

event lump | you have found a lump | the lump | finding a lump
tag: found a lump
tag: lump in breast what to do
tag: lump on testicle
tag: lump in neck wont go away
tag: is my lump cancer
tag: scared to see gp about lump
ask: i felt something hard in my breast in the shower and i cant stop shaking
ask: theres a pea sized thing under my arm that wasnt there before
ask: i found something on my testicle and im too embarrassed to go
ask: my neck has had a swelling for weeks now
ask: how quickly should i see someone about a bump i found
dont: Do not {put off seeing your GP|wait months out of fear} | {Most lumps are not cancer|Checking early is always best}, {but only a doctor can tell|and a check gives you an answer}.
step: {Book a GP appointment|Ask your GP surgery for an appointment} | {Say you have found a new lump|Tell the receptionist it is a new lump}.
step: {Note its size and where it is|Write down where it is and how it feels} | {Say if it has changed|Note any change}.
step: {Ask about urgent referral|Ask what happens next} | {GPs can refer you quickly if needed|Many people are seen at a clinic within weeks}.
short: {Most lumps are not cancer, but get any new lump checked|Book a GP appointment for any new lump}. {Say it is new|Tell them it is a new lump}, and ask what happens next.

event child-fever | your child has a high temperature | the fever | a child with a high temperature
tag: child high temperature
tag: baby fever what to do
tag: toddler temperature wont come down
tag: fever and rash child
tag: when to take child to a and e fever
tag: child floppy and hot
ask: my little boy is burning up and calpol isnt bringing it down
ask: shes hot, floppy and wont drink anything
ask: my baby is 3 months old and her temperature is 38.5
ask: theres a rash that doesnt fade when i press a glass on it
ask: my son has had a fever for five days
dont: Do not {wrap them up or cool them with cold water|put them in a cold bath} | {Dress them lightly|Keep them comfortable}.
step: {Check for warning signs|Look for danger signs} | {A rash that does not fade under a glass, floppiness, fits or trouble breathing|Blue lips, a stiff neck or a rash that does not fade} {need {{ambulance-999}}|mean call {{ambulance-999}}}.
step: {Give plenty of fluids|Keep offering drinks} | {Watch for dry nappies or fewer wees|Look for signs of dehydration}.
step: {Call your GP or the NHS urgent advice line|Get advice the same day} | {For babies under three months, any high temperature needs advice|Small babies with a fever need checking}.
short: {A rash that does not fade, floppiness or trouble breathing needs {{ambulance-999}}|Call {{ambulance-999}} for danger signs}. Otherwise {give fluids and ask your GP or NHS urgent advice|get advice from your GP or NHS urgent advice today}.

event allergic-reaction | someone is having an allergic reaction | the reaction | a bad allergic reaction
tag: allergic reaction swelling
tag: throat swelling after eating
tag: anaphylaxis what to do
tag: used epipen now what
tag: hives all over body
tag: lips swelling nut allergy
ask: my lips are going puffy after that curry and my throat feels tight
ask: my daughter ate something with nuts and shes wheezing
ask: ive come out in red welts all over after a new tablet
ask: we used the auto injector what happens now
ask: my face is swelling up after a bee sting
dont: Do not {stand up if you feel faint|get up quickly} | {Lie down with legs raised|Sit up only if breathing is hard}.
step: {Use an adrenaline pen if they have one|Use the adrenaline auto-injector} | {Into the outer thigh|Follow the instructions on the pen}.
step: {Call {{ambulance-999}} for swelling of the throat or trouble breathing|Call {{ambulance-999}} and say anaphylaxis} | {Even if they feel better after the pen|Even after using a pen}.
step: {For a mild rash, ask a pharmacist|See a pharmacist for mild itching} | {Antihistamines can help|They can suggest a medicine}.
short: {Trouble breathing or a swelling throat needs an adrenaline pen and {{ambulance-999}}|Use the adrenaline pen and call {{ambulance-999}} for a severe reaction}. A pharmacist can help with a mild rash.

event head-injury | someone has {hit their head|had a bang on the head} | the head injury | a head injury
tag: hit head what to watch for
tag: head injury when to go to a and e
tag: child fell and banged head
tag: concussion symptoms
tag: knocked out for a few seconds
tag: vomiting after head injury
ask: my son fell off the climbing frame and has a big egg on his forehead
ask: i slipped on ice and cracked my head now i feel sick
ask: he was out cold for a moment after the fall
ask: my dad fell and hit his head and hes on blood thinners
ask: how long should i watch her after she banged her head
dont: Do not {leave them alone for the first day|let them drink alcohol} | {Signs can appear later|Someone should keep an eye on them}.
step: {Go to A and E for warning signs|Get help for danger signs} | {Being knocked out, being sick, a fit, confusion or a bad headache|Blood thinners, a fit or clear fluid from the nose} {need A and E|mean go to A and E}.
step: {Rest and use a cold pack|Hold a cold pack to the bump} | {Wrap ice in a cloth|A bag of frozen peas works}.
step: {Watch them for two days|Keep checking on them} | {Get help if they get worse|Any new sign means get help}.
short: {Being knocked out, being sick, a fit or confusion after a head injury means A and E|Warning signs after a bang on the head need A and E}. Otherwise {rest, use a cold pack and watch them closely|rest and keep an eye on them}.

event panic-attack | you are having {a panic attack|panic attacks} | the panic | a panic attack
tag: panic attack what to do
tag: heart racing cant breathe anxiety
tag: first panic attack scared
tag: am i dying or is it panic
tag: panic attacks every day
tag: how to stop a panic attack
ask: my heart is pounding and i feel like i cant get enough air
ask: i keep thinking im going to die and my hands are tingling
ask: it happened on the bus and i had to get off
ask: is this anxiety or something wrong with my heart
ask: they keep coming out of nowhere and i am scared to go out
dont: Do not {fight the feelings|try to stop it by force} | {It tends to make them stronger|Let the wave pass}.
step: {Breathe slowly|Slow your breathing down} | {In through the nose for four, out through the mouth for six|Breathe in gently, then breathe out for longer}.
step: {Ground yourself|Focus on what is around you} | {Name five things you can see|Feel your feet on the floor}.
step: {Get it checked if it is the first time|See a GP about repeated attacks} | {A doctor can rule out other causes|Talking therapies help}. {Chest pain you are unsure about needs {{ambulance-999}}|If you are unsure it is panic, get checked}.
short: {A panic attack is frightening but passes|Panic attacks feel terrible but are not dangerous}. {Breathe out slowly and ground yourself|Slow your breathing}, and see a GP if they keep happening.

event child-swallowed | your child has swallowed something {dangerous|they should not have} | what they swallowed | a child swallowing medicine or a battery
tag: child swallowed tablets
tag: toddler ate button battery
tag: kid drank cleaning product
tag: child swallowed magnet
tag: baby ate something poisonous
tag: swallowed medicine by accident
ask: my two year old got into my handbag and ate some of my pills
ask: i think she swallowed one of those little round batteries from the remote
ask: he drank some bleach from under the sink
ask: my toddler swallowed a coin and is coughing
ask: how many calpol could she have had
dont: Do not {make them sick|try to make them vomit} | {It can cause more harm|It can hurt their throat}.
step: {Call {{ambulance-999}} for a button battery or magnets|Batteries and magnets need {{ambulance-999}} now} | {They can burn inside within hours|They are an emergency even if the child seems fine}.
step: {Keep the packet|Take the bottle or packet with you} | {Doctors need to know what and how much|It tells them what to do}.
step: {Ask NHS urgent advice about other things|Get advice for anything else} | {Tell them what, how much and when|Say what it was and when}.
short: {Batteries, magnets or lots of medicine need {{ambulance-999}}|Call {{ambulance-999}} for batteries, magnets or medicines}. {Do not make them sick|Never try to make them vomit}. Keep the packet.
`

const lexWork = `
domain work | Problems at work | trouble with your job, your employer or your pay
routes: support report-police
org: Acas | your trade union | Citizens Advice
scope: \b((my|the) (boss|manager|employer|line manager|supervisor)|at work|sacked|fired|dismissed|unfair dismissal|redundan\w*|(unpaid|owed|late) wages|not (been )?paid (my wages|for)|payslip|disciplinary|grievance|gross misconduct|zero hours?|(my|our) shifts|sick pay|employment tribunal|acas|injured at work|accident at work)\b
help: {Get free employment advice|Talk to an employment adviser} | $org {can explain your rights|will tell you where you stand} and {how to raise it|what to do next}. {If work is wearing you down|If you feel low}, $route {can listen|is there}.
disclaim: legal advice
source: https://www.gov.uk/dismissal | Dismissal: your rights | GOV.UK | When dismissal is fair, written reasons, and appeals.
source: https://www.gov.uk/browse/working | Working, jobs and pensions | GOV.UK | Your rights at work, pay and dismissal.
source: https://www.citizensadvice.org.uk/work/ | Work | Citizens Advice | Help with problems at work.
tag: problem at work help
tag: employment rights uk
tag: trouble at work
tag: my employer is treating me badly
dont: Do not {resign in the heat of the moment|quit on the spot} | {It can affect your rights and your benefits|You may lose rights you have}.
dont: Do not {post about your employer online|complain about work on social media} | {It can be used against you|It may lead to a disciplinary}.
dont: Do not {sign anything you do not understand|agree to anything on the spot} | {Ask for time to read it|Take it away and get advice}.
dont: Do not {miss time limits|let it drift} | {Many work claims have a three month limit|Tribunal claims have short deadlines}.
step: {Keep records|Keep notes of everything} | {Save emails, messages and payslips|Write down dates, who was there and what was said}.
step: {Read your contract and staff handbook|Check your contract} | {They set out your pay, hours and procedures|They tell you the process your employer should follow}.
step: {Raise it informally first|Talk to your manager or HR} | {Many problems are sorted this way|A calm conversation can settle it}.
step: {Put in a formal grievance|Raise a formal grievance in writing} | {If talking does not work|If it is not sorted}, {your employer must look into it|they must follow a fair process}.
step: {Talk to your union if you have one|Contact your trade union rep} | {They can advise and come to meetings with you|A rep can support you}.
wait: {Going to a tribunal|An employment tribunal}. {Early conciliation comes first|Most cases settle before that}.
wait: {Looking for a new job|Updating your CV}, unless you want to.
wait: {Telling colleagues|Discussing it with people at work}.
calm: {Problems at work affect your money and your sense of yourself|Trouble at work can shake you}, so {feeling stressed is normal|it is natural to feel worried}.
calm: {You have rights at work|The law protects workers}, and {free advice can help you use them|advisers deal with this every day}.
short: {Keep records and get free advice before you act|Keep notes and talk to Acas or your union}.
note: It does not cover running your own business.

who agency | as an agency worker | agency worker, through an agency, temp | im an agency worker, i work through an agency, im a temp
step: {Check who employs you|Find out who your employer is} | {The agency may be your employer|Your rights may be with the agency}.
who pregnant | while you are pregnant | pregnant, maternity, expecting | im pregnant, im on maternity leave, im expecting
step: {Know your pregnancy rights|Check your maternity rights} | {It is unlawful to treat you unfairly because you are pregnant|You are protected from unfair treatment}.
who young | as a young worker | young worker, apprentice, first job, 17 | im 17, its my first job, im an apprentice, im 19
step: {Check your minimum wage|Check you are paid the right rate} | {Young workers and apprentices have set minimum rates|There is a legal minimum for your age}.
who disabled | {and you are disabled or have a long-term illness|and you have a disability that makes this harder} | disabled, disability, health condition | im disabled, i have a disability, i have a long term health condition
step: {Ask for reasonable adjustments|Ask for changes at work} | {Employers must make reasonable adjustments|They must make reasonable changes for you}.

also new-job | and you have only just started | new job, just started, on probation | i only started last month, im on probation, ive been there six weeks
step: {Check your rights in a new job|Know what rights start on day one} | {Some rights start straight away|Pay and discrimination rights apply from day one}.
also zero-hours | on a zero hours contract | zero hours, casual, no set hours | im on zero hours, im casual, i have no set hours
step: {Check your status|Find out if you are a worker or an employee} | {It decides your rights|Zero hours workers still have key rights}.
also small-firm | at a small firm | small company, family business, no hr | its a small company, theres no hr, its a family business
step: {Write directly to the owner|Put it in writing to the boss} | {Small firms must still follow the law|Small employers still have to be fair}.

event dismissed | you have been {sacked|dismissed} without warning | the dismissal | being sacked without warning
tag: sacked without warning
tag: unfair dismissal
tag: fired for no reason
tag: dismissed over the phone
tag: sacked after complaining
tag: can my employer just fire me
ask: my boss rang and said dont bother coming in tomorrow
ask: they let me go after three years with no meeting or anything
ask: i got fired the day after i raised a complaint
ask: they said its restructuring but someone else is doing my job
ask: got sacked by text message is that legal
dont: Do not {leave without asking for the reason|accept it without questions} | {Ask for the reason in writing|You have a right to know why}.
step: {Ask for written reasons|Ask why in writing} | {After two years you have a right to written reasons|Ask for the reason and the process they used}.
step: {Appeal the decision|Use the appeal process} | {Appeal in writing within the time given|Write to appeal}.
step: {Contact Acas about early conciliation|Start early conciliation} | {It is the first step before a tribunal|You must do it within three months less a day}.
short: {Ask for the reasons in writing and appeal|Appeal in writing}, keep your records, and {contact Acas within three months|start early conciliation quickly} if you think it was unfair.

event unpaid-wages | your employer has not paid you | your wages | wages not paid
tag: employer not paid my wages
tag: wages late again
tag: not paid for last month
tag: owed wages after leaving
tag: boss wont pay me
tag: missing hours on payslip
ask: payday was last friday and nothing has gone in
ask: they still owe me for my last two weeks after i left
ask: my hours on the payslip are less than i actually worked
ask: the manager keeps saying the money is coming
ask: they took money out of my pay for a broken till
dont: Do not {keep working for free|carry on unpaid for weeks} | {Raise it now|The longer it goes, the more you are owed}.
step: {Check your payslip|Compare your hours with your payslip} | {You have a right to a payslip|Note the hours and the rate}.
step: {Ask in writing|Write to ask for the money} | {Give a date to pay|Say what you are owed and by when}.
step: {Report minimum wage problems|Complain about underpayment} | {The government investigates minimum wage complaints|HMRC enforces the minimum wage}.
short: {Ask for the money in writing|Write asking for what you are owed}, check your payslips, and {contact Acas|get free advice} about a claim.

event bullied-at-work | you are being bullied at work | the bullying | bullying at work
tag: bullied by my manager
tag: boss shouting at me in front of others
tag: workplace bullying what to do
tag: colleague picking on me
tag: singled out at work
tag: cant face going to work
ask: my supervisor screams at me in front of everyone and calls me useless
ask: they leave me out of everything and talk about me behind my back
ask: i dread monday mornings because of how my boss treats me
ask: a coworker keeps making nasty comments about my accent
ask: my manager keeps setting me up to fail
dont: Do not {suffer in silence|keep it all to yourself} | {Tell someone you trust|You do not have to carry this alone}.
step: {Keep a diary of incidents|Log every incident} | {Note what was said, who saw it and how it affected you|Dates, times and witnesses all help}.
step: {Raise it with someone senior|Speak to HR or another manager} | {If it is your manager, go above them|Use the bullying policy}.
step: {See your GP if it affects your health|Look after your health} | {Stress can make you ill|A GP can help and sign you off if needed}.
short: {Keep a diary of what happens|Log every incident}, raise it with HR or another manager, and {get advice from Acas|talk to your union}.

event injured-at-work | you {were|got} hurt at work | the injury | an injury at work
tag: injured at work what to do
tag: accident at work report
tag: hurt my back at work
tag: employer wont report accident
tag: sick pay after work injury
tag: cut my hand at work
ask: i slipped on a wet floor in the warehouse and my wrist is swollen
ask: a box fell on me and my boss says dont tell anyone
ask: i hurt my back lifting and now i cant work
ask: they didnt give us proper gloves and now my hands are burned
ask: do i get paid if im off because of an accident at work
dont: Do not {keep quiet about it|let your employer talk you out of reporting it} | {It should go in the accident book|It protects you later}.
step: {Get medical help|See a doctor or go to A and E} | {Even if it seems minor|Get it checked and recorded}.
step: {Record it in the accident book|Make sure it is written down} | {Your employer must keep a record|Ask for a copy}.
step: {Take photos and names|Photograph the scene and note witnesses} | {It helps any claim|They can back up what happened}.
short: {Get medical help, record it in the accident book|See a doctor and make sure it is recorded}, and keep photos and witness names.

event redundancy | you {are being|have been} made redundant | the redundancy | being made redundant
tag: being made redundant
tag: redundancy pay how much
tag: redundancy consultation
tag: is my redundancy fair
tag: selected for redundancy
tag: redundancy letter what now
ask: they called us all in and said the branch is closing next month
ask: how much should i get after six years there
ask: i think they picked me because i was off sick
ask: they said my role is at risk what does that mean
ask: do they have to offer me another job
dont: Do not {sign a settlement agreement without advice|sign away your rights} | {You must get independent advice first|It can end your right to claim}.
step: {Check your redundancy pay|Work out what you are owed} | {After two years you may get statutory redundancy pay|There is a free calculator}.
step: {Ask how you were chosen|Ask about the selection process} | {It must be fair|They should tell you the criteria}.
step: {Ask about other jobs|Ask if there is a suitable role} | {Employers should look for alternatives|They should consider you for other roles}.
short: {Check your redundancy pay and how you were chosen|Ask how you were picked}, do not sign anything without advice, and {contact Acas|get free advice} if it seems unfair.

event disciplinary | you have been called to a disciplinary meeting | the meeting | a disciplinary meeting
tag: disciplinary hearing tomorrow
tag: called to disciplinary meeting
tag: suspended from work pending investigation
tag: gross misconduct accusation
tag: can i bring someone to disciplinary
tag: disciplinary letter what do i do
ask: i got a letter inviting me to a hearing for gross misconduct
ask: they suspended me while they investigate and wont say what for
ask: can i take my union rep to the meeting
ask: my manager says im being investigated for lateness
ask: what happens if they find against me at the hearing
dont: Do not {skip the meeting|refuse to go} | {It can be held without you|You lose the chance to explain}.
step: {Ask for the evidence|Ask what you are accused of} | {You should see the evidence before the meeting|Ask for copies of what they have}.
step: {Bring a companion|Take a rep or colleague} | {You have the right to be accompanied|A union rep or colleague can come with you}.
step: {Prepare your side|Write down your answers} | {Note what you want to say|Bring any evidence that helps you}.
short: {Ask for the evidence, bring a rep or colleague|You can bring a companion}, prepare your side and {appeal if it goes against you|get advice before the meeting}.

event sick-pay | your employer {will not|won't} pay you sick pay | the sick pay | sick pay refused
tag: employer refusing sick pay
tag: statutory sick pay not paid
tag: off sick no pay
tag: sick pay first three days
tag: fit note employer ignoring
tag: can i get sick pay on zero hours
ask: ive been off with flu for a week and they say i dont get anything
ask: my boss wont accept my doctors note
ask: they stopped paying me when i got signed off with stress
ask: do i get money if im off ill for two weeks
ask: they say part timers dont get sick pay
dont: Do not {go in when you are too ill|work through it} | {It can make you worse|Rest and tell them in writing}.
step: {Check if you qualify for sick pay|Check the sick pay rules} | {Most workers earning above a low limit qualify|It is paid after the first few days}.
step: {Send your fit note|Give them a fit note} | {After seven days you need one|Your GP can give you one}.
step: {Ask the tax office to decide|Ask HMRC for a decision} | {If your employer refuses|If they still refuse}, {they can rule on it|HMRC can step in}.
short: {Check if you qualify for sick pay|Most workers qualify for sick pay}, send your fit note, and {ask HMRC to decide|get free advice} if your employer refuses.

event shifts-cut | your shifts have been {cut|taken away} | your hours | shifts cut with no warning
tag: shifts cut no warning
tag: hours reduced at work
tag: boss not giving me shifts
tag: rota cut after complaining
tag: zero hours no shifts
tag: pay cut without agreement
ask: i used to get forty hours and now im down to eight
ask: they took me off the rota after i asked for a day off
ask: my manager said there is no work for me this month
ask: can they just change my hours without asking me
ask: they keep giving all the shifts to the new starters
dont: Do not {accept a change to your contract without asking|agree to less on the spot} | {Contract changes usually need your agreement|They cannot usually change it without you}.
step: {Check your contract|Check what hours you are guaranteed} | {Guaranteed hours cannot just be cut|See what it says about hours}.
step: {Ask why in writing|Put a question in writing} | {Ask if it is linked to a complaint|Ask the reason}.
step: {Check benefits for the gap|See if you can top up with benefits} | {Universal credit may help|You may get help while hours are low}.
short: {Check what hours your contract guarantees|Check your contract}, {ask why in writing|write asking why}, and check benefits to cover the gap.
`

const lexFamily = `
domain family | Family emergencies | a sudden crisis in your family
routes: danger report-police support child-worry
org: Citizens Advice | your council's social care team | Family Lives
scope: \b((child|son|daughter|kid|teenager|teen) (is |has )?(gone )?missing|(has|hasnt|didnt|not) come home|ran away from home|run away from home|dementia|alzheimers|wandered off|herbert protocol)\b
scope: \b((mum|dad|nan|gran|mother|father|parent) (has |had a )?(fallen|fall|fell)|cant get up off the floor|(been|was|got) arrested|in (police )?custody|police station|(died|passed away) (suddenly|unexpectedly|overnight|this morning)|sudden death|coroner|register a death|funeral costs)\b
scope: \b((see|seeing) (my|our) (kids|children|son|daughter)|child arrangements|contact with (my|our) (kids|children)|(taken|take|took) (my|our|the) (son|daughter|child|kids|children) (abroad|overseas|out of the country)|child abduction)\b
danger: If a child is missing or someone is in danger, call {{police-999}} now | {Do not wait a set time|There is no waiting time} {before reporting|to report someone missing}.
help: {Get support for yourself|Look after yourself too} | $org {can help with what comes next|can support you}. {If you are struggling|When it all gets too much}, $route {is there day and night|can listen}.
disclaim: legal or medical advice
source: https://www.gov.uk/report-missing-person | Report a missing person | GOV.UK | Report a missing person to the police at once, with no need to wait.
source: https://www.gov.uk/after-a-death | What to do after someone dies | GOV.UK | The first steps after a death, registering it and arranging a funeral.
source: https://www.citizensadvice.org.uk/family/ | Family | Citizens Advice | Help with children, separation and family crises.
tag: family emergency what to do
tag: family crisis help
tag: family crisis tonight
tag: something happened in my family
dont: Do not {wait to ask for help|try to deal with it all alone} | {Help is there now|You do not have to do this by yourself}.
dont: Do not {make big decisions today|sign anything in the first days} | {Give yourself time|Most things can wait a few days}.
dont: Do not {post details online|share it on social media yet} | {It can cause harm|Ask the police or family first}.
step: {Write down what happened and when|Keep notes} | {Times, names and what was said|Dates and details} {help later|are easy to forget}.
step: {Tell one trusted person|Call someone close to you} | {They can help you think|Share the load}.
step: {Keep your phone charged and with you|Keep your phone on} | {People may need to reach you|The police or hospital may call}.
step: {Look after the basics|Eat, drink water and rest when you can} | {Shock drains you|You need your strength}.
wait: {Explaining it to everyone|Telling the wider family}. {One message to one person is enough|Let someone else pass it on}.
wait: {Sorting out money and paperwork|The paperwork}. {It can wait a few days|Most of it can wait}.
wait: {Working out who is to blame|Asking why it happened}.
calm: {Family crises turn everything upside down|A crisis in the family is overwhelming}, and {feeling numb or panicked is normal|there is no right way to feel}.
calm: {You are doing your best in a very hard moment|Taking one step at a time is enough}, and {help is there|you are not alone}.
short: {Take it one step at a time|Do the next thing, not everything}, and {let people help|ask for support}.
note: It does not cover long-running family disputes.

who single-parent | as a single parent | single parent, single mum, single dad, on my own with the kids | im a single mum, its just me and the kids, im a single dad, i do it all on my own
step: {Line up help with the children|Ask someone to mind the other children} | {So you can deal with this|You need someone to share the load}.
who grandparent | as a grandparent | grandparent, grandma, grandad, nan | im the grandmother, im his grandad, my grandson, my granddaughter
step: {Ask about kinship care support|Ask about help for grandparents} | {Grandparents raising children can get advice and support|Kinship carers have their own support}.
who carer | as the main carer | carer, caring for, looking after | i care for him full time, im her carer, i look after my mum
step: {Ask for a carer's assessment|Tell the council you are a carer} | {Carers have a right to an assessment|You can get support too}.
who working | while you are at work | at work, at my job, on shift | im at work, im on shift, i cant get away from work
step: {Tell work you need to leave|Ask for time off for dependants} | {You have a right to reasonable time off in an emergency|Emergency time off is a right}.

also abroad | while you are away from home | away, on holiday, abroad, out of town | im away, im on holiday, im abroad, im miles away
step: {Get someone local to help|Ask someone nearby to go round} | {A relative or neighbour can be your eyes there|You do not have to do it from far away alone}.
also night | in the middle of the night | at night, middle of the night, 2am | its 2am, its the middle of the night, its late
step: {Call the out of hours lines|Use the night-time numbers} | {Police, NHS urgent advice and council emergency teams answer at night|Help is there all night}.
also ex-involved | {and a former partner is making it harder|and the other parent is your ex} | ex, ex partner, my ex, childs father, childs mother | my ex, his dad, her mum, my ex partner
addroute: partner
step: {Keep contact with your ex in writing|Stick to messages with your ex} | {It keeps a record|It keeps things calm}.

event child-missing | your child has gone missing | your child | a missing child
tag: my child is missing
tag: child not come home from school
tag: lost my child in shopping centre
tag: son missing what do i do
tag: daughter ran away
tag: how long before reporting child missing
ask: my 9 year old never arrived at his friends house and nobody has seen him
ask: i turned round in the park and she was gone
ask: my daughter has taken a bag and left a note
ask: he should have been home from school three hours ago and hes not answering
ask: the school say she never went in today
dont: Do not {wait to report it|wait a set time} | {There is no waiting time|The police want to know at once}.
step: {Call {{police-999}} now|Report it to the police straight away} | {Give a description and a recent photo|Say what they were wearing}.
step: {Check friends and places they go|Call their friends' parents} | {Keep a list of who you have called|Ask someone else to ring round}.
step: {Stay by the phone or at home|Have someone stay at home} | {In case they come back|They may come home or call}.
short: {Call {{police-999}} now|Report a missing child at once}. {There is no waiting time|Do not wait}. Give a description and recent photo, and have someone stay at home.

event teen-not-home | your teenager has not come home | your teenager | a teenager who has not come home
tag: teenager not come home
tag: teen not answering phone all night
tag: 15 year old stayed out all night
tag: son didnt come home last night
tag: daughter out and not replying
tag: teen keeps going missing
ask: my 16 year old went out at 7 and its now 2am and her phone is off
ask: my son has done this before but never all night
ask: shes not answering and her friends wont tell me where she is
ask: he stormed out after a row and hasnt come back
ask: i think my daughter is staying with an older man
dont: Do not {wait until morning if you are worried|assume they are fine} | {Report it if you are worried|Trust your instinct}.
step: {Call their friends and check their socials|Ring round their friends} | {Someone may know where they are|Check location sharing if you have it}.
step: {Report them missing if you are worried|Call the police} | {Use {{police-999}} if they are at risk|Tell them if they have gone missing before}.
step: {Talk calmly when they come back|Have a calm chat when they are home} | {Ask what happened and if they are safe|Listen before you say anything}.
short: {Ring round their friends|Check with their friends}, and {report them missing if you are worried|call the police if you are worried} about their safety.

event parent-fall | your {elderly parent|older parent} has had a fall | the fall | an elderly parent's fall
tag: elderly mum fallen
tag: dad fell and cant get up
tag: older parent keeps falling
tag: what to do after a fall elderly
tag: found mum on the floor
tag: falls alarm help
ask: i found my mum on the kitchen floor this morning and she doesnt know how long shes been there
ask: dad fell in the garden and says hes fine but he cant put weight on his leg
ask: my nan keeps falling and i cant be there all the time
ask: mum fell again and says shes not going to hospital
ask: she cant get up and she is too heavy to lift
dont: Do not {lift them if they may be hurt|pull them up} | {You could hurt them or yourself|Wait for help}.
step: {Call {{ambulance-999}} if they are hurt or cannot get up|Get help if they cannot get up} | {A long time on the floor can be dangerous|Keep them warm while you wait}.
step: {Ask for a falls assessment|Ask the GP about falls} | {Falls services can check why it happened|They can reduce the risk}.
step: {Ask about a personal alarm|Look at a falls alarm} | {A pendant alarm gets help fast|It can call someone if they fall again}.
short: {If they are hurt or cannot get up, call {{ambulance-999}}|Get help if they cannot get up}. {Keep them warm|Do not lift them}. Then ask the GP for a falls assessment.

event dementia-wandering | someone with dementia has {wandered off|gone missing} | your relative | a person with dementia who has gone missing
tag: dementia wandered off
tag: mum with dementia missing
tag: dad with alzheimers left the house
tag: herbert protocol
tag: dementia walking at night
tag: find someone with dementia
ask: dad has alzheimers and he walked out in his slippers an hour ago
ask: my mum keeps leaving the house at night and getting lost
ask: gran with dementia got on a bus and nobody knows where she is
ask: the care home rang and said he has gone missing
ask: she thinks she has to go to work and walks off
dont: Do not {wait to call the police|search alone for hours} | {People with dementia are at risk|Report it straight away}.
step: {Call {{police-999}} now|Report it at once} | {Say they have dementia|Tell them about the dementia and any medicine}.
step: {Check places from their past|Look where they used to go} | {Old homes, work or favourite places|People often head somewhere familiar}.
step: {Fill in a Herbert Protocol form|Prepare a form for next time} | {It gives the police key details fast|It saves time if it happens again}.
short: {Call {{police-999}} now and say they have dementia|Report it at once}. Check places from their past, and fill in a Herbert Protocol form for next time.

event family-arrested | someone in your family has been arrested | the arrest | a family member arrested
tag: son arrested what happens now
tag: husband arrested last night
tag: family member in police custody
tag: how to find out if someone is arrested
tag: will they be charged
tag: arrested and held overnight
ask: the police took my son away this morning and wont tell me anything
ask: my brother rang from the station saying hes been arrested
ask: how long can they keep him in the cells
ask: does he need a solicitor and who pays
ask: my 15 year old was arrested at school
dont: Do not {talk about the case on the phone or online|post about it} | {It could be used in evidence|Keep it private}.
step: {Call the police station|Ask which station they are at} | {They may not tell you much|You can ask if they are being held}.
step: {Make sure they ask for a solicitor|Remind them of free legal advice} | {Legal advice at the station is free|Everyone can have a free solicitor}.
step: {If they are under 18, ask about being their appropriate adult|Go to the station for a child} | {A young person must have an appropriate adult|Children must have an adult with them}.
short: {Legal advice at the police station is free|They can have a free solicitor}. {Call the station to ask|Find out where they are}, and {go with a child under 18|a child needs an appropriate adult}.

event sudden-death | someone in your family has died {suddenly|unexpectedly} | the death | a sudden death in the family
tag: someone died at home what to do
tag: what to do when someone dies suddenly
tag: found my dad dead
tag: sudden death coroner
tag: register a death
tag: funeral costs help
ask: my husband didnt wake up this morning
ask: my mum passed away overnight and i dont know who to ring
ask: the coroner has my sons body what happens now
ask: how do we pay for the funeral we have no money
ask: my brother died suddenly and im the next of kin
dont: Do not {move them if the death was sudden|touch anything if the death was unexpected} | {The police and coroner may need to see|Wait for help}.
step: {Call {{police-999}} if the death was sudden or unexpected|Call for help straight away} | {They will send help and tell you what to do|Call handlers guide you}.
step: {Register the death|Register within the time limit} | {Usually within five days|The registrar will explain}.
step: {Ask about help with funeral costs|Check the funeral payment} | {If you get certain benefits|People on a low income} {may get help|can apply}.
short: {For a sudden death, call {{police-999}}|Call for help if the death was sudden}. {Then take things slowly|Most things can wait}: register the death and ask about help with funeral costs.

event contact-stopped | your ex {will not let you see|is stopping you seeing} your children | the children | being stopped from seeing your children
tag: ex wont let me see my kids
tag: child arrangements order
tag: contact with children stopped
tag: how to see my children after split
tag: mediation for child contact
tag: father rights uk
ask: since we split she keeps cancelling every weekend i was supposed to have them
ask: my ex moved with the kids and wont tell me where
ask: he says i cant see our daughter unless i pay more
ask: do i need to go to court to see my son
ask: its been three months since i last saw my children
addroute: partner
dont: Do not {turn up and take the children|collect them without agreement} | {It can make things worse and harm your case|It can frighten the children}.
step: {Try mediation|Ask for family mediation} | {You usually need to try it before court|It can help you agree}.
step: {Keep a record of contact|Note every missed visit} | {Dates and messages help|It shows the pattern}.
step: {Apply for a child arrangements order|Ask the court to decide} | {If mediation fails|When talking does not work}.
short: {Try family mediation first|Mediation usually comes first}, keep a record of missed contact, and {apply to court if you cannot agree|ask the court to decide if needed}.

event child-abroad | your ex {has taken|may take} your child abroad without your agreement | your child | a child taken abroad by a parent
tag: ex taken child abroad
tag: worried ex will take kids overseas
tag: child abduction by parent
tag: stop my child leaving the country
tag: ex wont bring child back from holiday
tag: port alert child
ask: he took our son on holiday and now says they are not coming back
ask: i think my ex is planning to fly to her home country with our daughter
ask: how do i stop them getting a passport for my child
ask: my kids were supposed to come back last sunday
ask: she has packed up and i think she is leaving the uk with them
addroute: partner
dont: Do not {try to bring them back yourself|travel to take them back} | {It can be dangerous and illegal|Get legal help first}.
step: {Call {{police-999}} if they are about to leave|Tell the police at once} | {Police can issue a port alert|They can act quickly}.
step: {Get urgent legal advice|Contact a family solicitor now} | {Courts can act fast|There are specialist services}.
step: {Gather documents|Collect passports, photos and details} | {It helps the police and courts|Keep copies safe}.
short: {If they may be about to leave, call {{police-999}}|Call the police now if they may leave}. {Get urgent legal advice|Talk to a family solicitor}, and gather passports and photos.
`

const lexSchool = `
domain school | School worries | a worry about your child's school
audience: parent
routes: support child-worry
org: the school's headteacher | your council's education team | a parent support service
scope: \b((excluded|suspended) from school|exclusion|bull(y|ied|ying) at school|school bully|(wont|refuses to|refusing to) go to school|school (refusal|avoidance|anxiety)|ehcp|senco|special (educational )?needs|attendance (fine|officer)|penalty notice|(no|without a) school place|school (admissions?|appeal)|hurt at school|injured at school)\b
help: {Get support for you and your child|Ask for help for you both} | $org {can help|can explain your choices}. {If your child is struggling|If you are worried about their wellbeing}, $route {can help|is there}.
disclaim: legal advice
source: https://www.gov.uk/school-discipline-exclusions | School discipline and exclusions | GOV.UK | Exclusions, suspensions and how to challenge them.
source: https://www.gov.uk/bullying-at-school | Bullying at school | GOV.UK | What schools must do about bullying and how to report it.
source: https://www.gov.uk/children-with-special-educational-needs | Children with special educational needs and disabilities | GOV.UK | Support for children with special educational needs.
tag: problem with my childs school
tag: school not listening
tag: worried about my child at school
tag: school problem parent
dont: Do not {confront staff in the playground|have it out at the school gate} | {Ask for a meeting instead|A calm meeting works better}.
dont: Do not {post about the school online|name teachers on social media} | {It can make it harder to sort|It can backfire on your child}.
dont: Do not {speak to other children involved|approach other pupils} | {Leave that to the school|It can make things worse}.
step: {Write to the school|Email the head or form tutor} | {Say what is happening and what you want|Ask for a meeting}.
step: {Listen to your child|Ask your child how they feel} | {Let them talk without rushing|Tell them you are on their side}.
step: {Keep a record|Keep emails and notes} | {Dates, who you spoke to and what was agreed|Note what the school promised}.
step: {Read the school's policies|Ask for the relevant policy} | {Schools publish policies on bullying, behaviour and complaints|They set out what the school must do}.
step: {Go to the governors if it is not sorted|Use the complaints process} | {Write to the chair of governors|It is the next step}.
wait: {Moving schools|Changing school}. {Most problems can be sorted|It is a big step}.
wait: {Complaining to Ofsted|Going over the school's head}, until you have used the school's complaints process.
wait: {Legal action|Solicitors}.
calm: {Seeing your child struggle is hard|Worrying about your child at school is exhausting}, and {you are right to speak up|asking questions is part of being a parent}.
calm: {Schools deal with this often|Most schools want to put things right}, and {things can improve|children bounce back with support}.
short: {Write to the school and ask for a meeting|Ask the school for a meeting}.
note: It does not cover choosing a school.

who primary | {while your child is still at primary school|with a younger child at primary school} | primary school, year 3, reception | my son is 7, shes in year 2, hes at primary, my little one in reception
step: {Talk to the class teacher first|Start with the class teacher} | {They see your child every day|They can often sort it quickly}.
who secondary | {while your child is at secondary school|with a teenager at secondary school} | secondary school, year 9, high school | my daughter is 14, hes in year 10, she started secondary in september, my 13 year old
step: {Talk to the head of year|Contact the head of year or pastoral lead} | {They deal with wellbeing and behaviour|They can look into it}.
who send | and your child has special educational needs | sen, send, autistic, adhd, ehcp | my son is autistic, she has adhd, he has an ehcp, my child has special needs
step: {Ask about their support plan|Talk to the special needs coordinator} | {Needs can explain behaviour|Support should change if it is not working}.
who foster | as a foster or kinship carer | foster carer, kinship carer, looked after child | im a foster carer, im his kinship carer, shes a looked after child
step: {Tell the child's social worker and virtual school|Involve the virtual school head} | {Looked after children get extra support|They can push for help}.

also new-school | and they have just started a new school | new school, just moved schools, first term | she only started there in september, we just moved him to a new school, its his first term
step: {Ask how they are settling|Ask for a settling-in meeting} | {New starters need extra support|Schools can help them settle}.
also refuses-talk | and your child will not talk about it | wont talk, shut down, keeps it in | he wont tell me anything, she just shuts down, they wont open up
step: {Give them other ways to tell you|Try a car ride or a walk} | {Some children talk more side by side|Writing it down can help}.
also second-time | and it has happened before | again, keeps happening, second time | it has happened again, this is the third time, it keeps happening
step: {Ask for a written plan|Ask the school to write down what they will do} | {A plan with dates|Clear actions} {helps|can stop it happening again}.

event excluded | your child has been {excluded|suspended} from school | the exclusion | a child excluded from school
tag: child excluded from school
tag: son suspended from school
tag: permanent exclusion appeal
tag: exclusion unfair
tag: sent home from school for behaviour
tag: off rolled from school
ask: the school rang to say my lad is not allowed back for five days
ask: they have permanently excluded my daughter after one fight
ask: school keeps sending him home at lunchtime and calling it a cooling off
ask: can they expel my son without hearing his side
ask: the head told us to take her out before they exclude her
dont: Do not {agree to take them off roll|move them to home education under pressure} | {Off-rolling is not allowed|Get advice first}.
step: {Ask for the exclusion in writing|Ask for the letter} | {It must give the reason and the dates|Schools must tell you in writing}.
step: {Ask the governors to review it|Challenge it with the governors} | {You can make your case|You have a right to be heard}.
step: {Ask about work at home|Ask for schoolwork} | {From day six, the school must arrange education|Your child should not fall behind}.
short: {Ask for the exclusion in writing|Get the reasons in writing}, ask the governors to review it, and {make sure your child gets work|ask for schoolwork at home}.

event bullied | your child is being bullied at school | the bullying | a child bullied at school
tag: child being bullied at school
tag: school not doing anything about bullying
tag: son bullied in playground
tag: daughter left out and picked on
tag: bullied on the school bus
tag: how to report bullying to school
ask: my boy comes home with bruises and says hes fine
ask: some girls in her class are making her life hell and the school just says they are monitoring it
ask: kids keep calling him names about his weight
ask: she cries every morning before school and wont say why
ask: they trip him up and take his lunch money
dont: Do not {tell your child to hit back|tell them to fight back} | {It can get them into trouble|It can make things worse}.
step: {Write to the school with examples|Email the school the details} | {Ask what they will do and by when|Ask for their anti-bullying plan}.
step: {Keep a bullying diary|Note each incident} | {Dates, what happened and who was there|Photos of injuries}.
step: {Report assaults to the police|Call the police for violence} | {Violence and theft are crimes|The police can act}.
short: {Write to the school with examples|Tell the school in writing}, ask what they will do, and keep a diary. {Report violence to the police|Violence is a police matter}.

event school-refusal | your child refuses to go to school | school | a child refusing to go to school
tag: child refusing to go to school
tag: school anxiety wont go in
tag: daughter crying every morning school
tag: emotionally based school avoidance
tag: son says he feels sick every school day
tag: fined for child not attending
ask: my son locks himself in the bathroom every morning so he doesnt have to go
ask: she says she feels sick every sunday night and begs to stay home
ask: its been three weeks and i cant get him through the door
ask: the attendance officer is threatening us with a fine
ask: how do i make my teenager go when she refuses
dont: Do not {force them in at all costs|drag them in} | {It can make the fear worse|Find out what is behind it}.
step: {Find out what is behind it|Talk about what worries them} | {Bullying, anxiety or learning needs|There is often a reason}.
step: {Ask the school for a meeting|Work with the school} | {Ask for a plan to get back in slowly|A gradual return can help}.
step: {See your GP about anxiety|Ask your GP for help} | {They can refer to mental health services|A doctor's note helps}.
short: {Find out what is behind it|Talk to your child}, {work with the school on a plan|ask the school for a plan}, and see your GP if anxiety is the cause.

event send-support | the school is not giving your child the support they need | the support | a child not getting special needs support
tag: school not meeting sen needs
tag: ehcp refused
tag: apply for ehcp
tag: senco not helping
tag: child with autism not supported at school
tag: special needs support school
ask: the school says she doesnt need extra help but she cant read
ask: my son has adhd and keeps getting detentions instead of help
ask: the council refused to assess him for an education plan
ask: how do i get my child assessed for special needs
ask: his teaching assistant has been taken away
dont: Do not {accept being told to wait and see|let it drift for terms} | {You can ask for an assessment yourself|Ask for help now}.
step: {Ask for a meeting with the special needs coordinator|Meet the SENCO} | {Ask what support is in place|Ask for a plan}.
step: {Request an assessment|Ask the council for an assessment} | {Parents can ask themselves|You do not need the school to agree}.
step: {Appeal a refusal|Challenge a decision} | {There is a tribunal for special needs|You can appeal}.
short: {Meet the special needs coordinator|Ask the SENCO for a plan}, {ask the council for an assessment yourself|request an assessment}, and appeal if they refuse.

event absence-fine | you have been {fined|threatened with a fine} over your child's absence | the fine | a fine for a child's absence
tag: fined for taking child on holiday
tag: attendance fine school
tag: penalty notice absence
tag: school threatening fine
tag: prosecuted for childs attendance
tag: unauthorised absence
ask: we took the kids to see their dying grandad and now the school wants to fine us
ask: got a penalty notice for my daughters attendance but she was ill
ask: the council says i could go to court over his absences
ask: can they fine me if my son refuses to go
ask: the letter says £160 for each of us
dont: Do not {ignore the letter|leave the fine unpaid without asking} | {It can go to court|Act before the deadline}.
step: {Ask why it was issued|Ask the school for the reasons} | {Check the dates and reasons|There may be a mistake}.
step: {Explain any illness or reasons|Send medical evidence} | {Doctors' notes help|Explain the circumstances}.
step: {Get advice before a court date|Ask for advice early} | {There are ways to resolve it|You can explain your case}.
short: {Check the reasons for the fine|Ask why it was issued}, {send any medical evidence|explain the circumstances}, and {do not ignore it|get advice before a court date}.

event hurt-at-school | your child was hurt at school | the injury | a child hurt at school
tag: child injured at school
tag: school didnt tell me son was hurt
tag: broken arm at school
tag: child hit head at school
tag: injured by another pupil
tag: accident at school complaint
ask: i picked her up and her wrist was swollen and nobody had rung me
ask: another kid pushed him down the stairs
ask: he hit his head in pe and they just sent him back to class
ask: my daughter came home with a cut lip and the school said nothing
ask: the teacher grabbed my son's arm and left marks
dont: Do not {wait to get the injury checked|leave an injury unchecked} | {Get it seen today|Injuries can be worse than they look}.
step: {Get medical help|Take them to a GP or A and E} | {Especially for head injuries|Get it recorded}.
step: {Ask the school for the accident report|Ask what happened} | {Schools keep a record|Ask who was there}.
step: {Raise concerns about staff with the head|Report a staff member's conduct} | {Concerns about an adult go to the head or the council|Schools must follow safeguarding rules}.
short: {Get the injury checked|See a doctor}, {ask the school for the accident report|ask what happened}, and raise any concern about staff with the head.

event school-place | your child has no school place | the school place | a child without a school place
tag: no school place offered
tag: didnt get any school choices
tag: school place appeal
tag: moved area no school place
tag: child out of school waiting for place
tag: in year admission
ask: we moved here in june and my son still has no school
ask: we got none of our choices and the offer is miles away
ask: how do we appeal the school place they gave us
ask: my daughter has been home for two months waiting for a school
ask: the council says every school is full
dont: Do not {turn down an offer before you appeal|refuse the only place} | {You may end up with nothing|Accept while you appeal}.
step: {Appeal the decision|Lodge an admissions appeal} | {There is a deadline|Appeals panels are independent}.
step: {Join waiting lists|Ask to go on waiting lists} | {Places come up|Waiting lists move}.
step: {Ask the council about their duty|Remind the council of its duty} | {Councils must find a school place|Children must have an education}.
short: {Accept the place you are offered while you appeal|Do not refuse the only offer}, join waiting lists, and remind the council it must find a place.
`

const lexUni = `
domain uni | University problems | problems at university or college
routes: support
org: your students' union advice centre | the university's student support team | your personal tutor
scope: \b(uni|university|student loan|student finance|maintenance loan|halls|plagiarism|academic misconduct|mitigating circumstances|extenuating circumstances|resits?|dissertation|drop out of (uni|university|my course))\b
help: {Get support from your university|Use the support your university offers} | $org {can help|can advise you}. {If you feel low|If you are struggling}, $route {can listen|is there}.
disclaim: legal advice
source: https://www.gov.uk/student-finance | Student finance | GOV.UK | Loans and grants for students, and what to do if payments are late.
source: https://www.citizensadvice.org.uk/family/education/ | Education | Citizens Advice | Help with problems in education, including university.
tag: university problem help
tag: student support
tag: problem at university
tag: student in trouble uni
dont: Do not {drop out in a panic|leave your course in a hurry} | {It can affect your funding|Talk to someone first}.
dont: Do not {miss deadlines for appeals|leave it too late} | {Universities have strict time limits|Deadlines are short}.
dont: Do not {suffer alone|hide it from your tutor} | {Tutors see this every year|Support works better early}.
step: {Talk to your personal tutor|Email your tutor} | {They can explain your options|They know the rules}.
step: {Read the university's regulations|Check the rules} | {Look for appeals, complaints and extensions|They say what you can ask for}.
step: {Go to the students' union advice centre|Use the students' union advice service} | {It is free and independent|They can help with letters and meetings}.
step: {Keep copies of everything|Save emails and documents} | {You may need them later|They are your evidence}.
wait: {Telling your parents|Explaining it to family}, until you know your options.
wait: {Applying elsewhere|Transferring}.
calm: {University problems can feel like the end of the world|It can feel like everything is riding on this}, but {there are nearly always options|most problems can be fixed}.
calm: {Lots of students go through this|You are not the first}, and {support is there|people are there to help}.
short: {Talk to your tutor and the students' union advice centre|Get free advice from the students' union}.
note: It does not cover applying to university.

who international | as an international student | international student, on a student visa, overseas student | im an international student, im on a student visa, im from abroad
step: {Check the effect on your visa|Ask about your visa} | {Changes to your studies can affect your visa|Talk to the international student adviser}.
who mature | as a mature student | mature student, back at uni, older student | im a mature student, im 40 and back at uni, i have kids and study
step: {Ask about support for mature students|Check for extra funds} | {Some funds are for students with children|Ask about childcare grants}.
who first-year | in your first year | first year, fresher, first term | im a fresher, im in first year, its my first term
step: {Ask about first year rules|Check how first year counts} | {First year marks may not count|Resits are common}.
who disabled | {and you are disabled or have a long-term illness|and you have a disability that makes this harder} | disabled, disability, dyslexic, autistic | im dyslexic, im autistic, i have a disability
step: {Ask about disability support|Check your support plan} | {Disabled students can get adjustments|Ask about disabled students' allowance}.

also final-year | in your final year | final year, last year, third year | im in my final year, its my last year, im in third year
step: {Check the effect on your degree|Ask about classification} | {Final year marks matter most|Ask about options}.
also placement | while you are on placement | placement, year out, work placement | im on placement, im on my year in industry, im on a nursing placement
step: {Tell your placement tutor|Contact your placement lead} | {They can help with both sides|They can talk to the placement}.
also part-time | while you are working to get by | working, part time job, two jobs | i work two jobs, im working nights, i have a part time job
step: {Ask about flexible options|Ask about part-time study} | {Some courses let you slow down|There may be options}.

event failed-exams | you have failed your exams at university | the exams | failing university exams
tag: failed my uni exams
tag: failed a module what now
tag: resit exams university
tag: kicked off course after failing
tag: failed first year
tag: academic appeal failed grade
ask: just got my results and i failed three modules
ask: the uni says i cant progress to next year
ask: i got 30 percent on my final exam and feel sick
ask: do i have to pay again to repeat the year
ask: i was ill during the exams and still failed
dont: Do not {assume it is over|give up on the degree} | {Resits and appeals exist|Most students have options}.
step: {Check your resit options|Ask about resits} | {Most universities allow resits|Check the dates}.
step: {Ask about mitigating circumstances|Tell them if something affected you} | {Illness or hard times can count|Evidence makes a difference}.
step: {Check your funding for a repeat year|Ask student finance} | {Repeating can affect your loan|Check before you decide}.
short: {Ask about resits and mitigating circumstances|Check your resit options}, and check funding before you repeat a year.

event misconduct | you have been accused of {cheating|plagiarism} at university | the accusation | an accusation of cheating at university
tag: accused of plagiarism
tag: academic misconduct hearing
tag: accused of using ai for essay
tag: turnitin high similarity
tag: collusion accusation uni
tag: cheating allegation university
ask: my essay got flagged and they think i used chatgpt
ask: i have a misconduct meeting next week and im terrified
ask: they say i copied my flatmate but we just revised together
ask: what happens if they find me guilty of plagiarism
ask: my dissertation came back with a high similarity score
dont: Do not {admit to something you did not do|panic and confess} | {Get advice first|Ask what evidence they have}.
step: {Ask for the evidence|Ask what they are relying on} | {You should see it before the meeting|Ask for the report}.
step: {Gather your drafts and notes|Collect your work history} | {Drafts, notes and version history|They show how you wrote it}.
step: {Take an adviser to the meeting|Bring someone with you} | {The students' union can come|You may bring a companion}.
short: {Ask for the evidence|Find out what they have}, gather your drafts and notes, and take a students' union adviser to the meeting.

event loan-late | your student loan has not arrived | the loan | a late student loan
tag: student loan not paid
tag: student finance delay
tag: no money student loan late
tag: maintenance loan not arrived
tag: student finance lost my application
tag: cant pay rent student loan late
ask: term started two weeks ago and i still havent had any money
ask: student finance keep saying its processing and my rent is due
ask: they want more evidence from my parents and i have no money
ask: my loan went down and i cant afford halls
ask: i have £10 left and student finance wont answer
dont: Do not {borrow from loan sharks or payday lenders|take out a high interest loan} | {It makes things worse|There are better options}.
step: {Call student finance|Check your student finance account} | {Find out what is missing|Ask what they need}.
step: {Ask your university for an emergency loan|Apply to the hardship fund} | {Most have short term loans|Support teams can help fast}.
step: {Tell your accommodation|Talk to your landlord or halls} | {Ask for time to pay|Many will wait}.
short: {Call student finance to find out what is missing|Check what student finance needs}, and {ask your university for an emergency loan|apply for hardship help}.

event drop-out | you want to drop out of university | the course | thinking of dropping out of university
tag: want to drop out of uni
tag: hate my course
tag: thinking of leaving university
tag: what happens to student loan if i drop out
tag: switch course university
tag: take a year out uni
ask: i hate everything about my degree and want to go home
ask: can i leave in november and start something else next year
ask: do i still owe the money if i quit
ask: im so lonely here i just want to leave
ask: my mental health is bad and i cant keep up
dont: Do not {stop turning up without telling anyone|disappear from your course} | {You may be charged fees|Withdraw the proper way}.
step: {Talk to student support first|Speak to someone before you decide} | {They can suggest a break or a switch|There may be other options}.
step: {Check the money side|Ask about fees and loans} | {Leaving at the wrong time can cost you|Check what you would owe}.
step: {Ask about a break|Ask about interrupting} | {You can often pause your studies|A year out may help}.
short: {Talk to student support before you decide|Do not just stop going}. {Check the money side|Ask about fees and loans}, and ask about a break instead.

event halls-flatmates | you {are having|have} serious problems with flatmates in halls | the flatmates | problems with flatmates in university halls
tag: problems with flatmates in halls
tag: flatmates making my life hell
tag: want to move room in halls
tag: flatmate stealing my food
tag: scared of my flatmate
tag: halls noise every night
ask: my flatmates party every night and laugh at me when i complain
ask: one of the boys in my flat keeps taking my stuff
ask: can i move to a different flat in halls
ask: they have all ganged up on me and i eat in my room
ask: my flatmate gets aggressive when he drinks
dont: Do not {retaliate|get into a fight} | {It can get you into trouble|Go to staff instead}.
step: {Tell your accommodation team|Report it to halls staff} | {They can mediate or move you|They deal with this often}.
step: {Ask for a room move|Ask to move flats} | {Give your reasons in writing|Say how it affects you}.
step: {Report threats to security or the police|Tell campus security about threats} | {You have a right to feel safe|Threats are serious}.
short: {Tell your accommodation team|Report it to halls staff}, ask for a move if you need one, and {report threats to security|tell security if you feel unsafe}.

event ill-before-exams | you {are|got} ill just before your exams | the illness | being ill before university exams
tag: ill before exams uni
tag: mitigating circumstances form
tag: extension for illness
tag: missed exam because sick
tag: defer exams university
tag: mental health and exams
ask: i have had covid all week and my exam is on monday
ask: i missed my exam because i was in hospital
ask: how do i get an extension when i cant function
ask: my grandmother died the week before my finals
ask: can i sit my exams later if im not well
dont: Do not {sit the exam if you are too ill|push through if you cannot cope} | {Ask about deferring first|Sitting it may count as fit to sit}.
step: {Tell the university before the exam|Contact the exams office} | {Ask about deferring|Ask what they need}.
step: {Submit mitigating circumstances|Fill in the form} | {Include evidence such as a doctor's note|Attach what you have}.
step: {Get a medical note|See a GP} | {It supports your claim|Ask for a note}.
short: {Tell the university before the exam|Contact the exams office}, {submit mitigating circumstances with evidence|apply for mitigating circumstances}, and see a GP for a note.
`
