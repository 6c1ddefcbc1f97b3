#!/usr/bin/env node
/*
 * Moodline sample dataset generator.
 *
 * Writes data/samples/o2-data-outage-2018.csv: a FICTIONALISED social-listening
 * export written by the Moodline team in the style of the UK mobile-data outage
 * of 6-7 December 2018. Every sentence below is original hand-written text; the
 * generator only combines the fragments. No real posts, no real users.
 *
 * Deterministic: a seeded PRNG (mulberry32), fixed clock, no dependencies.
 *   node data/samples/generate-sample.js           regenerate the CSV
 *   node data/samples/generate-sample.js --stats   regenerate and print counts
 */
'use strict';

const fs = require('fs');
const path = require('path');

const SEED = 20181206;
const START_MS = Date.UTC(2018, 11, 6, 4, 0, 0); // 2018-12-06T04:00:00Z
const HOURS = 36; // until 2018-12-07T16:00:00Z
const OUT = path.join(__dirname, 'o2-data-outage-2018.csv');

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const chance = (p) => rnd() < p;
const randint = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
function weighted(pairs) {
  let total = 0;
  for (const [, w] of pairs) total += w;
  let r = rnd() * total;
  for (const [v, w] of pairs) {
    r -= w;
    if (r < 0) return v;
  }
  return pairs[pairs.length - 1][0];
}
function gauss() {
  let u = 0;
  while (u === 0) u = rnd();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}
// One fragment per line; blank lines ignored; "¶" becomes a line break in the post.
const lines = (s) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

// ---------------------------------------------------------------- volume and timeline
// Intended posts per hour, hour 0 = 2018-12-06 04:00Z ... hour 35 = 2018-12-07 15:00Z.
const HOURLY = [
  6, 16, 62, 140, 205, 255, 290, 315, 305, 285, 225, 185, 160, 150, 135, 115, 95, 75, 55, 38,
  // 7 Dec 00:00Z onwards
  20, 11, 7, 6, 9, 34, 62, 72, 56, 62, 78, 58, 38, 27, 19, 13,
];

// Minutes since 2018-12-06T04:00Z.
const T = {
  onset: 90, // 05:30 first reports
  statement: 250, // 08:10 first O2 holding statement
  engineers: 410, // 10:50 sympathy for engineers starts
  compensation: 330, // 09:30 refund talk begins
  ericsson: 690, // 15:30 news: expired certificate in Ericsson software
  partial: 900, // 19:00 data starts coming back for some
  full: 1500, // 7 Dec 05:00 full recovery
  credit: 1780, // 7 Dec 09:40 credit announced
};

// Category weights per phase: complaint, compensation (a complaint), humour, support, other.
const PHASES = [
  { name: 'background', until: 90, mix: [6, 0, 4, 0, 90] },
  { name: 'onset', until: 180, mix: [44, 0, 4, 0, 52] },
  { name: 'commute', until: 360, mix: [62, 2, 10, 1, 25] },
  { name: 'late-morning', until: 480, mix: [56, 6, 19, 5, 14] },
  { name: 'midday', until: 600, mix: [49, 10, 20, 9, 12] },
  { name: 'afternoon', until: 720, mix: [40, 17, 18, 12, 13] },
  { name: 'early-evening', until: 840, mix: [31, 21, 17, 18, 13] },
  { name: 'evening', until: 1020, mix: [24, 22, 15, 24, 15] },
  { name: 'late-evening', until: 1200, mix: [20, 19, 15, 26, 20] },
  { name: 'night', until: 1500, mix: [32, 14, 14, 14, 26] },
  { name: 'recovery', until: 1740, mix: [11, 11, 13, 33, 32] },
  { name: 'credit', until: 1920, mix: [14, 40, 12, 13, 21] },
  { name: 'tail', until: 2160, mix: [16, 28, 15, 14, 27] },
];
const phaseAt = (t) => PHASES.find((p) => t < p.until) || PHASES[PHASES.length - 1];

// ---------------------------------------------------------------- English fragments
// Placeholders: {net} network name, {at} its handle or name, {hrs} time since onset,
// {place} a town, {app} an app, {day} weekday word, {n} a small number.

const BACKGROUND = lines(`
Anyone know if {net} priority tickets drop today or tomorrow?
Finally upgraded my phone with {net}, took 40 mins in store but worth it
Morning all. Bin day, cold, dark. Standard Thursday
Who is actually awake at this time, my bus driver and me apparently
First coffee of the day and it's not even light out
Has anyone used the {net} app to change their tariff? it keeps logging me out
Phone bill came in higher than I thought, time to actually read my contract
Up early for the gym, don't talk to me
Can't believe it's December already, where did the year go
Night shift done, home to bed. Night all
Frost on the car again, 10 minutes of scraping before work
Anyone else get the {net} email about the new roaming rules?
Two weeks till Christmas holidays and I'm counting every one of them
Train to {place} is somehow on time, screenshot for evidence
Signal in my flat has always been rubbish but today it's fine, small wins
Early flight out of {place}, airport Greggs is the only thing open
Baby up at 4am again, send coffee
Watching the sunrise from the ward window, long night shift
Renewed my sim only deal, {net} did me a decent price tbh
Does anyone know what time the {place} Christmas market opens?
`);

const Q_ONSET = lines(`
Is anyone's 4G down? Mine's just saying no internet
Is {net} down or is it just me? no data at all
Anyone else on {net} got no data this morning?
Restarted my phone three times and still no internet. {net} is it you?
Is it just me or has mobile data completely died?
4G symbol is there but nothing loads. Anyone?
Can someone on {net} check if their data works please
Is there an outage? Calls work but no internet whatsoever
Woke up to no data. Is {net} having issues?
Anyone on {net} in {place} got data? mine's dead
Why does my phone say 4G and load absolutely nothing
Phone says full signal, no internet. Anyone else?
Turned airplane mode on and off about ten times now. Still nothing
Is this {net} or has my phone finally given up
Have I been cut off?? paid my bill last week
Quick one, anyone else's mobile data not working? {place}
Is {net} doing maintenance this morning or something?
Can't load anything on 4G. Wifi at home fine. Weird
Guessing I'm not the only one with no data right now?
Does anyone know what's up with {net}? data gone since about half 5
Is {net} down nationwide? my partner's on a different network and hers is fine
Texts going through, WhatsApp not. Mobile data broken?
Has {net} gone down? Need to know before I leave the house
Reset network settings like the website says, still nothing. Anyone?
Tried a different sim in my phone and it works so it's definitely {net}
Just me or is 4G just not a thing this morning
`);

const Q_LATER = lines(`
Does anyone know when {net} data will be back?
Is there an actual ETA on the {net} fix or are we just waiting
Is 3G working for anyone? 4G is still dead
Does this affect giffgaff too? they use the {net} network right
Is Tesco Mobile down as well? mine's not loading anything
Anyone on Sky Mobile got data back yet?
Lycamobile also down? My mum can't get on WhatsApp
Can you still call 999 on {net}? asking for my nan who's worried
Will this affect contactless on my phone or just data?
Does anyone know if roaming customers abroad are hit too?
Do I need to restart my phone when it comes back or does it just work?
Should I turn data off to stop it draining my battery searching?
Has anyone actually got through to {net} on the phone today?
Is wifi calling working for people on {net}?
Any news from {net}? Their status page just says "we're aware"
Anyone know if this is a hack or just a fault?
Is it all of the UK or just parts? {place} is dead
Is there a live tracker for the {net} outage somewhere?
Does anyone know if {net} pay-as-you-go is affected or just contracts?
Is the {net} app working for anyone on wifi? Want to check my allowance
Does this affect smart meters and stuff that use {net} sims?
Anyone know if BT or Vodafone are having issues too, or just {net}?
Has {net} said anything about what caused it?
What's the best way to get updates if you've got no data? Radio?
Are {net} shops open as normal today?
Can I use my old sim from another network in the meantime?
Is this why the parking machines in {place} aren't taking card?
Would an eSIM on another network work as a stopgap?
Has anyone's data come back in {place} yet?
How many people are affected by this, does anyone know?
`);

const STATUS = lines(`
{net} says engineers are working on it and to not restart phones repeatedly
Update from {net}: data issue affecting customers across the UK, calls and texts unaffected
Top tip: if you're on {net} use wifi where you can, data is down across the country
{net} status page now confirms a nationwide data problem
{net} shop in {place} has a sign up saying "we know, we're sorry, it's not your phone"
Calls and texts on {net} still work, it's only mobile data that's gone
Apparently 3G is patchy but 4G is off completely for {net} customers
Public wifi in {place} is absolutely heaving right now, {net} folk everywhere
Heads up if you're meeting people today, arrange it by text or call, {net} data is out
{net} customer services say they have no time for a fix yet
Cafes near me have put "FREE WIFI for O2 customers" on their boards, nice touch
PSA: giffgaff, Tesco Mobile, Sky Mobile and Lycamobile all use the O2 network so they're down too
If you're on {net} and need directions, Google Maps offline areas still work
{net} has apologised on their site and says a fix is being worked on
Just heard on the radio {net} data is out for millions of people
Reminder: texts and calls are fine on {net}, just use those for now
{net} advice: no need to reset your phone, the issue is on the network side
For anyone with a {net} business line, their business support page is updating regularly
Some councils and bus operators say their displays are affected by the {net} fault
If you need to reach someone urgently today, a normal phone call still works on {net}
`);

const NEWS = lines(`
BREAKING: Millions of O2 customers without mobile data across the UK
O2 confirms nationwide data outage, calls and texts unaffected
Mobile data down for O2, giffgaff, Tesco Mobile and Sky Mobile users
Outage hits O2 network: TfL bus arrival boards also affected
O2 data outage passes {hrs}, still no timeline for a fix
Businesses count cost as O2 data outage continues
O2 chief apologises to customers as data remains down
What we know so far about the O2 mobile data outage
Live: O2 outage updates throughout the day
Card payment terminals using O2 sims hit by data outage
O2 customers urged to use wifi as data outage drags on
Commuters left without maps and travel apps as O2 data fails
"We are sorry": O2 responds to nationwide data failure
Is your mobile data down? Here's what O2 customers need to know
O2 outage: giffgaff and Sky Mobile users report same problem
Taxi drivers and couriers among worst hit by O2 data outage
O2 network failure: no fix yet, company says engineers working on it
Thousands of complaints as O2 data outage continues into the afternoon
Shops go cash-only as card readers on O2 network fail
Explained: why calls and texts work but O2 data doesn't
`);

const NEWS_ERICSSON = lines(`
Ericsson says an expired software certificate caused the O2 outage
O2 outage blamed on expired certificate in Ericsson software
Ericsson: fault traced to expired certificate, rollback under way
Same Ericsson fault reportedly hit networks in other countries today
Explainer: how one expired certificate took down mobile data for millions
O2 says 4G restoration is under way after Ericsson fault identified
Ericsson apologises to operators after software certificate fault
O2 says 3G data is returning, 4G to follow overnight
Ericsson chief: faulty software versions are being removed
O2 data coming back online for some customers tonight
O2 confirms data services fully restored this morning
`);

const NEWS_CREDIT = lines(`
O2 to give customers two days' credit after data outage
O2 announces compensation for Thursday's data outage
giffgaff and Tesco Mobile confirm goodwill credit for affected customers
O2 boss: "we're deeply sorry", credit to appear on bills automatically
How to check whether you'll get O2's outage credit
O2 compensation: what you get and when it lands on your bill
Sky Mobile and Lycamobile customers ask about outage compensation
Is two days' credit enough? O2 customers react to outage compensation
`);

const BACK_PARTIAL = lines(`
Data just came back for me in {place}! anyone else?
3G just flickered into life, not trusting it yet
Got 4G back for about 30 seconds, then nothing again
My partner's data is back but mine isn't, same network, make it make sense
Seeing reports it's coming back, nothing here yet in {place}
WhatsApp just delivered 47 messages at once, I think we're back?
Data's back on my phone! Took it {hrs} but here we are
Finally some bars that actually do something
Slow, but it's loading! First webpage in {hrs}
Back for me on {net} in {place}, give it a restart if you're still out
`);

const BACK_FULL = lines(`
It's back!! 4G working this morning
Woke up and my data works. What a time to be alive
Data working normally again on {net} this morning
Confirming 4G is back in {place}, speeds normal
All back to normal here, finally
Commute with working internet again, I'd forgotten what that was like
Data back, news notifications back, regret already setting in
Apparently everything is fixed overnight. Phone feels normal again
Checked at 6am, still worked at 7am, I'm calling it fixed
{net} looks fully back for me, maps working on the school run
Data seems fine now on the train into {place}
Turned my phone on this morning and 4G just worked, no restart needed
Back on {net} 4G, speed test looks normal
Everything loading normally this morning, thank goodness
Morning! 4G back on my phone in {place}, all good
Routine back to normal, phone working, commute boring again
`);

const OTHER_MISC = lines(`
Day off today so the {net} thing hasn't really affected me
Just realised how many apps need data just to open
Weird seeing everyone on the bus actually looking out of the window
Got to work and the whole office was on the wifi before coats were off
My dad hasn't noticed anything because he only uses his phone for calls
Spent my lunch in a cafe purely for the wifi, like it's 2009
Office wifi password is now the most popular information in the building
Half my group chat is on {net} so it's been very quiet today
Glad I'm sat on wifi most of today honestly
My work phone is on a different network so I'm fine, personal one is dead
Borrowed a mate's hotspot to check my bank, {net} still down
Took a paper map out of the glovebox, first time in years
Library wifi queue is real
Kid asked how people met up before phones. Good question actually
Wrote down directions on a post-it like it's 1998
Never thought I'd be this excited to get to my desk for wifi
Everyone in the queue at the post office is talking about {net}
Interesting how quiet the group chats are today
Local radio in {place} just spent ten minutes on the {net} outage
Pub near work has a chalkboard saying "yes we have wifi"
My smartwatch keeps trying to sync and failing, bless it
Downloaded a playlist on the office wifi for the way home, sorted
Noticed the bus stop display in {place} is blank, wonder if it's related
Turned data off to save battery since it's not doing anything anyway
Took a screenshot of my train times before leaving the wifi. Prepared
The office has gone weirdly quiet now everyone's on one wifi network
Working off my laptop on the office network, phone's in a drawer
Half the people in this cafe are on O2, you can tell by the sighing
Checked the news on the telly like it's the old days
`);

const CREDIT_NEUTRAL = lines(`
Two days' credit from {net} for the outage, fair enough I suppose
Just got the text about the credit. Appreciate it, just don't do it again
Credit will be on next month's bill apparently, no need to claim
Not going to moan, they apologised and they're paying something back
Fine with the credit tbh, it was a software fault not the end of the world
Got the {net} credit email, it's something
`);

const COMPLAINT_GENERAL = lines(`
No data again. Honestly {net} what is going on
This is ridiculous, no internet at all and not a word from {at}
Sort it out {at}. Paying for a service I'm not getting
{net} you had one job
Still no data. Absolute joke
How can a whole network just go down like this? Embarrassing
Cheers {net}, great start to the day 👏
Brilliant. Fantastic. Love having a phone that can only make calls
Paying £40 a month for a very expensive torch
Thanks {net} for turning my smartphone into a brick
Still nothing. How is this allowed to happen
Can't get on anything. Can't check anything. Useless
No updates, no ETA, no data. Great communication {net}
Not one text from {net} to say there's a problem, had to find out from strangers
My phone's been "searching" for so long it's basically a hand warmer now
This is the worst outage I've ever seen from any network
What's the point of unlimited data if there's no data
Can't even check the {net} status page because I have no data. Genius
Not impressed {at}. Not impressed at all
Literally paying for nothing right now
The one day I actually needed my phone to work
Can't reach my kids' school app, can't see messages from the nursery. Not ok
How is there no backup for something this basic
Every single app just says "no connection". Every single one
{net} customer service line has been engaged for an hour
Great, web chat support needs... data. Brilliant design
Honestly furious. Sort it out
Nothing on the {net} twitter for ages. Say something at least
Rang {net}, recorded message, hung up on me. Cool
This better be fixed by lunchtime or I'm losing it
My nan's emergency alarm app runs on her phone data. This isn't a joke {at}
Tried turning it off and on again. Tried crying. Nothing works
{net} really picked a Thursday in December to fall over
No maps, no banking, no messages. What am I paying for exactly
Is anyone at {net} actually awake?
`);

const COMPLAINT_ONSET = lines(`
No data since I woke up. Not ideal {net}
Alarm went off, checked phone, no internet. Great
Can't check if my train's running because {net} has no data
Tried to check the weather, nothing. Tried the news, nothing
No 4G before 6am, what a way to start the day
Can't get the school WhatsApp to load and it's always important at this time
Need to check my shift and the app won't load. Thanks {net}
Why is there no data? Of all mornings
`);

const COMPLAINT_COMMUTE = lines(`
No maps, no Citymapper, no idea which bus to get. Thanks {net}
Trying to book an Uber with no data is a whole new experience
Stuck at the station with no way of checking trains. Cheers {at}
Couldn't buy my train ticket on the app, queued at the machine for 15 mins
Late for work because I couldn't find the new office without maps
Can't get a taxi, can't check the bus, can't tell work I'm late
Driving to a new client site and the sat nav app is useless with no data
Spotify downloads saved me on the train, everything else is dead
Uber won't load so I'm walking in the rain. Lovely
The bus countdown boards in London are blank too. Is that the O2 thing??
Got off at the wrong stop because I couldn't check the route
Google Maps spinning forever. I'm somewhere near {place}, probably
Commute is chaos, nobody can check anything
My e-ticket is in the app and the app won't open. Conductor was nice about it
Parked and can't pay because the parking app needs data. Come on
Tried to check traffic before leaving, nope. Sat in a jam for 40 mins
Whole carriage staring at phones that don't load
Delivery driver here, can't see my route or my drops. Day is ruined
`);

const COMPLAINT_WORK = lines(`
Card machine runs on an {net} sim so we're cash only today. Lost so many sales
Self-employed and my whole business runs on my phone. Today is a write off
Can't work. Literally cannot do my job without data
Our delivery drivers have no routes, no signatures, nothing. Thanks {net}
Card reader won't connect, customers walking out. This is costing us money
Market stall, no card payments, nobody carries cash anymore. Disaster
Working from home on a hotspot and now I'm not working from home
Missed two client calls because the VoIP app needs data
Can't get authentication codes through the app so I'm locked out of work systems
Taxi driver here, no jobs coming through the app all morning
Courier app dead. No scans, no deliveries, no pay today
Our field engineers can't log jobs. Half the team sat in vans
Can't take bookings, can't confirm appointments. Small business owners hit hard today
Lost about £200 in sales this morning because the card machine is on {net}
Our whole fleet tracking system uses {net} sims. Brilliant
On a building site with no wifi and my plans are all in the app. Great
Nurse here, community visits with no access to notes. Properly worrying
Estate agent, spent the morning unable to show anyone anything. Thanks
Cafe till only takes card via 4G. Put up a cash only sign in biro
Can't access my bank to pay suppliers. This is actually serious
`);

const COMPLAINT_SWITCH = lines(`
Been with {net} for 9 years. Looking at other networks now
That's it, I'm switching when my contract's up
Someone recommend a network that actually works please
PAC code incoming {at}
Thinking about moving to EE or Three after today, any thoughts?
Contract ends in March and I won't be renewing
Why would anyone stay with {net} after this
Just ordered a sim from another network. Done
If this carries on I'm cancelling. Can't run my life like this
My whole family is on {net}, five contracts, might all move
Loyal for years and this is how it goes. Switching
Does this count as breach of contract? asking for a friend (me)
`);

const COMPLAINT_LONG = lines(`
{hrs} without data now. Unreal
Still no data. {hrs} and counting
It's been {hrs}. No fix, no ETA, nothing {at}
{hrs} of nothing. How is this still going on
Going on {hrs} now with no internet and still no proper explanation
We're at {hrs} without data and I've heard nothing from {net}
{hrs} since this started and I still can't load a single page
How does a network take {hrs} to fix anything
{hrs} in and the best {net} can say is "we're working on it"
`);

const COMPLAINT_EVENING = lines(`
Other people saying it's back. Mine isn't. Typical
Apparently it's fixed for some. Not in {place} it isn't
Got home, onto wifi, still furious about today
Can't even order a takeaway on the walk home. Perfect end to the day
Whole day gone without data and still no proper apology text from {net}
Tonight I'll just be refreshing to see if it's back. Thrilling
They say it's coming back. I'll believe it when I see it
Still half-dead here, 3G comes and goes, 4G nowhere
`);

const COMPLAINT_NIGHT = lines(`
Midnight and still no 4G for me. Restored my foot
Can't sleep and I can't even scroll. Thanks {net}
Night shift with no data is a long night shift
Still no data at {place} hospital car park. Going to be a long night
2am, still nothing here. Is anyone at {net} still on it?
`);

const COMPLAINT_RESIDUAL = lines(`
Data back but it's so slow it might as well not be
Still getting dropouts this morning, not fully fixed for me
Yes it's back but yesterday cost me a day's work
Back today but I haven't forgotten yesterday {at}
It's working again but where's the apology text to each customer?
Fine now, but honestly yesterday was a shambles
Still can't get 4G, only 3G, on {net} in {place}
Everyone saying it's back and mine keeps dropping out
Fixed or not, I'm still switching
Working again. Still angry. Both things can be true
`);

const COMP_DEMAND = lines(`
I want a refund for today {at}
Will we be compensated for this {at}? genuinely asking
Expecting a credit on my bill for this. A full day lost
Compensation please {net}, I couldn't work today
Where's the refund? Paying for data I haven't had all day
A day's line rental back isn't enough, I lost actual earnings
Refund for everyone affected, it's the least you can do {at}
Hope {net} are planning some serious compensation for this
Who do we complain to about compensation, Ofcom?
Small businesses lost money today. {net} needs to pay up
I'll be asking for money back, not a "we're sorry" tweet
Knock a month off my bill and we'll call it even
Full refund for December would be a start {at}
Will giffgaff give us anything back? We're affected too
Do Tesco Mobile customers get compensation as well?
Lost a day's takings to this. Who's paying for that?
Want my money back for the day. Simple as
Is there a form for claiming back lost earnings from {net}?
Somebody start a petition for proper compensation
{hrs} without service should mean {hrs} off my bill at least
No service, no payment. That's how it should work
Going to ring {net} tomorrow and ask for a credit, anyone else?
Ofcom should be making them pay for today
If my bill isn't reduced this month I'm going straight to the ombudsman
Refund. Refund. Refund.
My contract says "reliable service". Pretty sure today doesn't count, so refund me
Genuinely want to know what {net} thinks a day without data is worth
Not paying full price this month, simple as that
Business customers need real compensation, not a pat on the head
Anyone know if you can claim for a missed online delivery slot? asking seriously
I'm self-employed, lost a whole day, who do I invoice {at}?
A credit would be nice but honestly an explanation would be nicer
If they don't offer something by tomorrow I'm ringing to cancel
Hope the compensation covers the overage on my broadband from tethering all day
Surely this is a case for automatic refunds, not making us all ring in
Kept my side of the contract, paid on time. Your turn {at}
Please tell me I don't have to spend an hour on hold to get my refund
Reckon we'll get a fiver back and a sorry. Prove me wrong {net}
`);

const COMP_CREDIT = lines(`
Two days' credit? I lost a full day's wages. Insulting
Credit worth about £2 for a whole day of chaos. Thanks {net}
So that's it, a couple of quid back? Really?
"Goodwill credit" isn't going to cover my lost sales
Two days credit doesn't touch what my business lost yesterday
Not enough. Not nearly enough
Got the credit text. Does that include lost earnings? No? Thought not
A tiny credit and a corporate apology. Still switching
Do giffgaff customers get the same credit or not?
Credit is a start, now what about the businesses that couldn't trade
The credit works out about the price of a coffee. Cheers
Will the credit appear automatically or do I have to chase it?
Apparently Tesco Mobile credit is different, anyone know how much?
`);

const HUMOUR = lines(`
O2 has become "zero 2" today
Had to speak to an actual human on the train. 0/10 would not recommend
Sending this by carrier pigeon, please allow 3-5 working days
Day one without data. Have started carving messages into trees
Just looked up from my phone and discovered I have a family
Mate just asked me for directions and I had to use my memory. Terrifying
Reverting to the old ways. Asking strangers where things are
The {net} outage is the best thing to happen to productivity in this office
Met a colleague's eyes in the lift today. We've never recovered
I've read a whole newspaper. A paper one. Crisp, if a bit inky
My phone is now a very sleek calculator
Had to actually look out of the train window. The countryside is nice apparently
O2 going for that digital detox vibe, nobody asked
Teenagers across the country experiencing silence for the first time
Phoned my mum for a chat because nothing else works. She's delighted. Send help
The mobile data has left the building
Just been to a cafe and stared at the wall like a Victorian
Not sure what's worse, no data or having to talk to people on the bus
Went to take a selfie and realised nobody would see it. What is the point
Started playing Snake out of pure desperation
Dropped a note through my neighbour's door asking for his wifi password. Old school
Living my best 2003 life today
Pigeon post trial going well, just lost one over {place}
Zero bars, zero data, zero O2
Productivity in my office has tripled. Thanks O2 I guess
Asked a stranger for the time and they looked at me like I'd asked for a kidney
My dog has never had so much of my attention. He's loving the O2 outage
Had to make eye contact with the barista. Horrible
At this point I'm going to write my group chat a letter
My kid: "what do we do now" me: "we talk" kid: *visible horror*
Tried to google "is O2 down" then remembered
Getting the bus with no headphones content is pure survival
Not sure how many steps I've done because my fitness app can't sync. Did I even walk
Using the landline like it's 1994. Its cord is now my best friend
Honestly O2 have done more for family dinners today than any advert
Mobile phone? More like mobile phone-ish
Someone tell the group chat I'm alive. By fax
Had an actual conversation on my lunch break. Unheard of
So this is what people did on trains. They just sat there
Teletext was right all along
Breaking: man walks into newsagent to ask about football scores
I've memorised three phone numbers today. Personal best
We're all Amish now
The only thing with 4G in my house today is the smart fridge and it won't share
O2 really said screen time report: 0 minutes
Called my mate to tell him a meme. Described it in words. Didn't land
Somewhere an O2 engineer is whispering "have you tried turning it off and on again" to a server
Looking forward to telling my grandkids I survived the great 4G drought
Reading the back of a cereal box for content. Riboflavin, apparently
Had to ask for directions and the man drew me a map on a receipt. Legend
`);

const HUMOUR_NEWS = lines(`
So the whole network went down because someone forgot to renew a certificate. Relatable
An expired certificate. The most "forgot to renew the TV licence" outage ever
Millions offline because of a calendar reminder somebody snoozed
Somewhere an Ericsson intern is having the worst day of their life
Expired certificate, same energy as my expired passport
IT support everywhere: "see, this is why we nag you about certificates"
Ericsson's sysadmin's calendar is going to be full of reminders from now on
Imagine being the person whose job was to renew that certificate
All of this for a certificate. My cat's vaccination card is better managed
`);

const HUMOUR_BACK = lines(`
Data is back and I've gone straight back to ignoring my family
Rejoining society was fun while it lasted
4G back, conversations with real people cancelled
Phone's back, hundreds of notifications, might go back to the outage
Good news: data back. Bad news: so are the work emails
Returning the carrier pigeons to the wild now, thanks for your service lads
`);

const SUPPORT = lines(`
Spare a thought for the engineers at {net} working flat out on this
Whoever's on the {net} social media team today deserves a pay rise
Shouting at shop staff won't fix it, they're as stuck as we are
Be kind to the {net} people answering calls today, it's not their fault
The {net} store staff in {place} were lovely, doing their best with nothing
Honestly it's a fault, it happens. Engineers will sort it
Sending good vibes to the tech teams working on the {net} outage
People are being so rude to the {net} account. Someone's having a horrible day
Things break. Give them a chance to fix it
Feel for the call centre staff at {net} today, must be brutal
Fair play to {at} for replying to everyone, must be thousands of messages
I work in IT, this stuff is hard. Leave the engineers alone
Not the end of the world, go outside, engineers are on it
Proper respect to whoever's fixing this, no pressure eh
Staff in my local {net} shop handing out wifi codes and teas. Class
Support team replied to me within an hour today, pretty impressive under pressure
Patience people, it'll be back
Remember there's someone at {net} who hasn't had a break since 5am
My brother-in-law's a network engineer. Trust me, they're not enjoying this either
Being rude to a community manager won't make the 4G come back faster
Big network, big fault, they'll learn from it. Be nice to the staff
Hats off to the {net} shop in {place}, kept smiling through all the moaning
Give the engineers some space, it's clearly not a simple fix
Honestly impressed how calm the {net} replies have been today
Outages happen on every network. This one's just bigger. Be patient
Cup of tea for every engineer working on this please
Worked in a call centre once. Whoever's on the {net} lines today, you've got this
`);

const SUPPORT_ERICSSON = lines(`
Sounds like it was an Ericsson software issue, not really {net}'s fault then
So it was a supplier's expired certificate. Could happen to any network
Ericsson owning up quickly is good to see, respect for that
Fair play to the engineers who found an expired certificate in a national network in a day
Glad it's being explained properly. Engineers have been on it all day
Reading about the Ericsson thing, honestly those engineers deserve a medal
`);

const SUPPORT_THANKS = lines(`
Data back! Thank you to the engineers who worked through the night
Thanks {at} for getting it back, appreciate the updates
Big thanks to whoever fixed it, back to normal here
Back up and running, cheers to the teams at {net}
Huge thanks to the people who worked all night on this
Service back, shout out to the {net} staff who took abuse all day
Credit where it's due, fixed and an apology. Thanks {net}
All working. Thanks for the updates through the night {at}
Back online and grateful, thank you engineers
Cheers {net} for sorting it, genuinely
`);

const TAILS = {
  complaint: lines(`
Absolute shambles
Not good enough
Sort it out
Fuming
Pathetic really
Unacceptable
Come on
Useless
Words fail me
So done with this
Genuinely raging
What a joke
Do better
Properly annoyed now
Unbelievable
Shocking
Not happy
Seriously
Can't be doing with this today
Just fix it please
`),
  compensation: lines(`
Pay up
We're waiting
Money back please
Not good enough
Lost earnings too, not just data
Proper compensation, not vouchers
`),
  humour: lines(`
Send help
Send snacks
Stay strong everyone
Pray for me
Day 1 of survival
Wish me luck
The struggle is real
What a time
Character building
`),
  support: lines(`
Be kind
Respect
Patience
We'll get there
Fair play
Much appreciated
`),
  other: lines(`
Anyone?
Cheers
Thanks in advance
Just wondering
Fingers crossed
`),
};

// Second sentences that add a bit of life; appended now and then.
const CONTEXT = {
  complaint: lines(`
Sending this from the office wifi
Had to borrow a colleague's hotspot to even post this
Kids have a school trip today too, so that's fun
It's my first day in a new job
I'm meant to be on call
Was trying to sort a parcel delivery as well
My mum's in hospital and I can't check messages
Only just paid my bill as well
Day off, ruined
Needed to send a payment before 10
Was supposed to meet someone and now I can't tell them I'm late
My whole team is on {net}
Standing in the rain outside a Costa for their wifi
Wife's phone is on the same plan so we're both cut off
Got a job interview this afternoon and no way to check directions
Train's delayed as well because of course it is
Dad's on {net} too and he thinks his phone's broken
Paying extra for the unlimited plan, by the way
Can't even text my partner the right address
Waiting for a hospital appointment text
`),
  compensation: lines(`
I've been a customer for 8 years
Had to buy a day pass on another network
Lost a shift because of this
Tethering off my landlord's wifi all day
Genuinely out of pocket today
`),
  humour: lines(`
Day one of the new era
Not sure I'll ever be the same
It's been a wild ride
My ancestors would be proud
Honestly quite peaceful
Might start a book club
Will report back via smoke signal
`),
  support: lines(`
It's not like they want it down either
Everyone's frustrated, but come on
They'll be as keen to fix it as we are
Shouting doesn't help anyone
`),
  other: lines(`
Just trying to plan my day
In {place} if that helps
Phone's a year old, if that matters
On the bus at the moment
Asking for the whole office
`),
};
const OPENERS = {
  complaint: ['Right.', 'Honestly.', 'Ugh.', 'Wow.', 'So.', 'Seriously', 'Ffs.', 'Oh great.', 'Morning all.', 'Well.', 'Unreal.', 'Genuinely,'],
  compensation: ['Right.', 'Honestly,', 'Question:', 'Just saying,'],
  humour: ['Update:', 'Report from the field:', 'Breaking news:', 'Honestly', 'Day log:', 'lol'],
  support: ['Honestly,', 'Just a reminder,', 'Gentle reminder:', 'Look,'],
  other: ['Quick question:', 'Hi all,', 'Hmm.', 'Random but', 'Hello,'],
};

const HASHTAGS = {
  complaint: ['#O2down', '#o2outage', '#O2NetworkDown', '#O2fail', '#nodata', '#O2down', '#o2outage'],
  compensation: ['#O2down', '#o2outage', '#compensation', '#refund', '#O2NetworkDown'],
  humour: ['#O2down', '#o2outage', '#digitaldetox', '#zero2', '#O2NetworkDown', '#pigeonpost'],
  support: ['#O2down', '#o2outage', '#bekind', '#O2NetworkDown'],
  other: ['#O2down', '#o2outage', '#O2NetworkDown', '#o2'],
};

const EMOJI = {
  complaint: ['😡', '🙄', '😤', '🤬', '😩', '📵', '🤦‍♂️', '🤦‍♀️', '😒', '👏'],
  compensation: ['💷', '💰', '🙄', '😤', '💸'],
  humour: ['😂', '🤣', '💀', '🕊️', '🙃', '😅', '📜', '🐦'],
  support: ['🙏', '❤️', '💪', '👍', '👏', '😊'],
  other: ['🤔', '📱', '📡', '🤷‍♀️', '🤷‍♂️', '👀'],
};

// ---------------------------------------------------------------- other languages
const FR = {
  complaint: lines(`
Encore une panne SFR chez moi, plus d'internet mobile depuis ce matin
Orange, trois jours que la 4G rame dans mon quartier, c'est inadmissible
À Londres pour le boulot et plus aucune donnée mobile avec O2. Génial
Coupure réseau chez SFR à Lyon, personne ne répond au service client
Je suis à {ville}, pas d'internet depuis 6h, merci O2
Plus de 4G, plus de GPS, je suis perdu dans Londres
Ma fille est étudiante à Londres et n'a plus de data depuis ce matin
Orange encore en rade sur la ligne fixe, j'en ai marre
Bouygues, SFR, Orange, c'est toujours la même chanson, rien ne marche
Impossible de travailler sans réseau, c'est une journée perdue
Payer un forfait pour ne rien avoir, bravo
Le réseau SFR est tombé pendant ma réunion, classique
Pas de data, pas de carte, pas de taxi. Londres sans 4G c'est l'enfer
Toujours rien depuis ce matin, O2 c'est une blague
Expatrié à {ville} et coupé du monde depuis ce matin, merci O2
Impossible de commander un Uber, je marche sous la pluie anglaise
Mon appli bancaire ne charge pas, rien ne charge, tout est mort
SFR m'a coupé la box en plein télétravail, quelle galère
Chez Orange le conseiller me dit "redémarrez votre téléphone". Merci, j'y avais pensé
Deux heures d'attente au service client SFR pour rien
Je dois prendre l'Eurostar ce soir et je ne peux même pas voir mon billet
Aucune info de la part d'O2, on apprend tout par la presse
Je suis serveuse à {ville}, le terminal de paiement ne marche plus, les clients partent
Pas de réseau à la gare, pas d'horaires, personne ne sait rien
Ma mère à Paris s'inquiète parce que je ne réponds pas sur WhatsApp
La 4G SFR coupe toutes les cinq minutes à Marseille, c'est insupportable
Free mobile en carafe aussi ce matin ? Ou c'est juste chez moi
Toujours pas de data à {ville}, ça devient vraiment long
Une journée entière sans internet mobile en 2018, c'est une honte
Pas moyen de joindre le service client O2, tout est saturé
`),
  compensation: lines(`
J'espère qu'O2 va rembourser ses clients, une journée entière sans data
Deux jours de crédit pour une journée perdue, c'est léger
Est-ce que les clients français en roaming au Royaume-Uni seront remboursés ?
SFR devrait aussi nous dédommager pour la panne de la semaine dernière
Un geste commercial, c'est bien, mais les commerçants ont perdu une vraie journée
O2 doit indemniser les petites entreprises, pas seulement les particuliers
Je vais demander un remboursement, je paie pour un service que je n'ai pas eu
Orange m'a offert un mois après leur panne, O2 peut faire pareil
Quelques livres de crédit, c'est tout ? Sérieusement ?
`),
  humour: lines(`
Panne O2 au Royaume-Uni : les Anglais découvrent la conversation
Sans 4G à Londres, j'ai dû demander mon chemin en anglais. Traumatisant
Un certificat expiré et tout un pays sans internet, on vit une époque formidable
Les pigeons voyageurs reprennent du service outre-Manche
Moi qui pensais que seul SFR savait tomber en panne
Journée sans smartphone, j'ai lu un livre. Un vrai
Les Britanniques privés de data, on annonce une pénurie de thé dans les cafés wifi
J'ai parlé à mes collègues pendant la pause déjeuner. Expérience étrange mais intéressante
Un certificat qui expire, c'est comme mon passeport : on y pense toujours trop tard
Grâce à O2, mon coloc anglais connaît enfin mon prénom
Londres sans 4G, c'est Paris un jour de grève mais en plus poli
`),
  support: lines(`
Courage aux ingénieurs qui réparent tout ça, ça doit être une journée horrible
Un certificat expiré, ça arrive à tout le monde, soyons indulgents
Bravo aux équipes d'O2 et Ericsson qui ont tout rétabli dans la nuit
Pensée pour les conseillers qui se font insulter toute la journée
Soyons sympas avec les techniciens, ils n'y sont pour rien
Les vendeurs de la boutique O2 à {ville} étaient adorables malgré tout
Merci aux équipes qui ont travaillé toute la nuit pour rétablir le réseau
`),
  other: lines(`
Panne géante chez O2 au Royaume-Uni : des millions d'abonnés privés de données mobiles
Royaume-Uni : l'opérateur O2 victime d'une panne nationale de l'internet mobile
Selon Ericsson, un certificat logiciel expiré est à l'origine de la panne
Quelqu'un sait si les clients Orange en roaming chez O2 sont touchés ?
La panne O2 touche aussi giffgaff et Tesco Mobile, selon la presse britannique
Au Japon aussi, un opérateur aurait connu une panne liée au même logiciel
Vous êtes à Londres ? Les données mobiles O2 sont coupées, prévoyez le wifi
Le réseau O2 revient progressivement selon l'opérateur
La 4G est revenue ce matin à Londres, enfin
O2 annonce un geste commercial pour ses clients après la panne
Mon frère à Londres me dit que tout le monde cherche du wifi dans les cafés
Quelqu'un à {ville} a encore de la 4G avec O2 ?
Les appels et SMS fonctionnent, seule la data est coupée chez O2
Est-ce que Lycamobile est touché aussi ? Ma cousine n'a plus rien
Les Français de Londres, vous avez du réseau ?
C'est quoi cette histoire de panne O2 en Angleterre ?
Ça remarche chez moi à {ville}, redémarrez vos téléphones
`),
};
const FR_TAILS = {
  complaint: ['Ras-le-bol', 'Incroyable', 'Nul', 'Sérieusement', 'Vivement la fin de mon contrat', 'Quelle galère', 'On se moque de nous'],
  compensation: ['On attend', 'Remboursez', 'Le minimum'],
  humour: ["On s'adapte", 'Quelle époque', 'Magnifique'],
  support: ['Merci à eux', 'Courage'],
  other: ["Merci d'avance", 'Des infos ?'],
};

const IT = {
  complaint: lines(`
Sono a Londra e con O2 niente internet da stamattina, che disastro
Senza dati, senza mappe, senza niente. Grazie O2
TIM di nuovo senza rete a casa mia, ormai è un'abitudine
Mia sorella a {citta} non riesce a lavorare, O2 completamente giù
Pago l'abbonamento per cosa esattamente? Nessun dato da ore
Vodafone a singhiozzo anche oggi, non ne posso più
Impossibile prenotare un taxi a Londra, tutto bloccato
Ancora nessuna connessione, vergognoso
Lavoro in un ristorante a {citta}, il POS non funziona e nessuno ha contanti
Wind Tre di nuovo senza linea a Milano, che pazienza
Non riesco a vedere la carta d'imbarco, il telefono non si connette
Nessuna comunicazione da O2, sappiamo tutto dai giornali
Ore senza internet, mia madre in Italia pensa che mi sia successo qualcosa
Fastweb giù anche da me stasera, che giornata
Sempre niente a {citta}, ma quando lo sistemano?
Studio a {citta} e senza dati non riesco nemmeno ad aprire le slide della lezione
Faccio il rider a {citta}, senza app niente consegne e niente paga oggi
Bloccato in stazione senza orari dei treni, grazie mille O2
Ho un colloquio oggi pomeriggio e non so nemmeno come arrivarci
Iliad lenta da giorni a Roma, ma almeno oggi non sono a Londra
Tutto il giorno senza WhatsApp, i miei pensano che sia sparito
Il mio capo vuole le mail e io sono senza internet, bella giornata
`),
  compensation: lines(`
Spero che O2 rimborsi tutti, una giornata intera persa
Due giorni di credito? Per chi ha perso una giornata di lavoro è ridicolo
Chi lavora con il telefono dovrebbe avere un risarcimento vero
Voglio il rimborso, ho pagato per un servizio che non c'era
Qualche sterlina di credito dopo una giornata così? Poco
Chi ha un negozio ha perso incassi veri, O2 deve pagare
Un rimborso automatico sarebbe il minimo, senza dover chiamare
`),
  humour: lines(`
Niente internet a Londra: oggi gli inglesi hanno scoperto di avere dei vicini
Un certificato scaduto ha spento un paese intero, tipo quando mi scade la patente
Ho dovuto chiedere indicazioni a un passante. Esperienza mistica
Piccioni viaggiatori tornati di moda in Inghilterra
Oggi ho parlato con il mio coinquilino inglese per la prima volta in tre mesi
Giornata senza telefono, ho scoperto che il parco sotto casa è bellissimo
A Londra oggi si torna ai piccioni e alle cabine telefoniche rosse
Senza dati ho letto un libro intero in metro. Un libro di carta, sì
Gli inglesi senza internet chiedono indicazioni. Agli italiani. Che tempi
`),
  support: lines(`
Forza ai tecnici che stanno lavorando per sistemare tutto
Un errore può capitare, l'importante è che abbiano risolto
Grazie agli ingegneri che hanno lavorato tutta la notte
Siate gentili con i commessi dei negozi O2, non è colpa loro
Pazienza, i tecnici stanno facendo il possibile
Tanto rispetto per chi risponde ai clienti arrabbiati oggi
`),
  other: lines(`
Regno Unito, guasto alla rete O2: milioni di utenti senza dati mobili
Anche in Giappone problemi simili, il software sarebbe lo stesso
Secondo Ericsson il guasto è dovuto a un certificato scaduto
Qualcuno in UK sa se giffgaff è coinvolto nel guasto di O2?
Italiani a Londra: la rete O2 è giù, usate il wifi
La rete O2 sta tornando, almeno a Londra
Stamattina internet funziona di nuovo, finalmente
O2 promette un credito ai clienti dopo il guasto di ieri
Qualcuno a {citta} ha ancora internet con O2?
Chiamate e SMS funzionano, sono solo i dati mobili a essere giù
Qualcuno sa se anche Tesco Mobile e Sky Mobile sono coinvolti?
Consiglio per chi è a Londra: caffè e biblioteche hanno il wifi gratis
Come fate a lavorare senza dati? Io sono in biblioteca
Il guasto O2 riguarda anche chi è in roaming con un numero italiano?
`),
};
const IT_TAILS = {
  complaint: ['Basta', 'Assurdo', 'Che vergogna', 'Incredibile'],
  compensation: ['Aspettiamo', 'Il minimo'],
  humour: ['Che tempi', 'Bellissimo'],
  support: ['Grazie', 'Forza'],
  other: ['Grazie in anticipo', 'Novità?'],
};

const DE = {
  complaint: lines(`
Bin gerade in London und O2 hat seit heute früh keine mobilen Daten. Super
Kein Internet, keine Karten, kein Taxi. London ohne Daten ist anstrengend
Geschäftsreise nach Manchester und das Handy ist nutzlos, danke O2
`),
  humour: lines(`
Ein abgelaufenes Zertifikat legt ein ganzes Land lahm. Sehr britisch, sehr 2018
`),
  support: lines(`
Respekt an die Techniker, die das über Nacht wieder hinbekommen haben
`),
  other: lines(`
Großstörung bei O2 in Großbritannien: Millionen Kunden ohne mobile Daten
Laut Ericsson war ein abgelaufenes Softwarezertifikat die Ursache
Betrifft die O2-Störung in UK auch O2 Deutschland? Hier läuft alles
`),
};

const ES = {
  complaint: lines(`
Estoy en Londres y sin datos desde esta mañana con O2, qué desastre
Sin internet, sin mapas, sin nada. Gracias O2
Mi hermana vive en Londres y lleva todo el día sin datos
`),
  humour: lines(`
Todo Reino Unido sin datos por un certificado caducado. Me siento menos culpable por olvidar cosas
`),
  support: lines(`
Ánimo a los ingenieros que están arreglando la red
`),
  other: lines(`
Caída masiva de O2 en Reino Unido: millones de usuarios sin datos móviles
Ericsson atribuye el fallo a un certificado de software caducado
¿Alguien sabe si la caída de O2 afecta a los clientes en roaming?
`),
};
const FOREIGN_TAILS = { fr: FR_TAILS, it: IT_TAILS };
const VILLES = ['Londres', 'Manchester', 'Édimbourg', 'Bristol', 'Leeds', 'Brighton'];
const CITTA = ['Londra', 'Manchester', 'Edimburgo', 'Birmingham', 'Bristol', 'Glasgow'];

// ---------------------------------------------------------------- fillers
const NETS = [
  ['O2', 70],
  ['giffgaff', 12],
  ['Tesco Mobile', 8],
  ['Sky Mobile', 5],
  ['Lycamobile', 5],
];
const HANDLE = { O2: '@O2', giffgaff: '@giffgaff' };
const PLACES = [
  'London', 'Manchester', 'Leeds', 'Glasgow', 'Bristol', 'Birmingham', 'Cardiff', 'Newcastle',
  'Liverpool', 'Sheffield', 'Nottingham', 'Brighton', 'Edinburgh', 'Leicester', 'Southampton',
  'Coventry', 'Reading', 'Milton Keynes', 'Norwich', 'Hull', 'Swansea', 'Belfast', 'Croydon',
  'Stockport', 'Derby', 'Plymouth', 'Exeter', 'York', 'Oxford', 'Cambridge', 'Bolton', 'Luton',
];

function hoursPhrase(t) {
  const m = t - T.onset;
  if (m < 45) return 'half an hour';
  if (m < 100) return 'over an hour';
  const h = Math.floor(m / 60);
  if (h >= 24) return h >= 26 ? `${h} hours` : 'a full day';
  return chance(0.5) ? `${h} hours` : `${h} hrs`;
}

function fill(s, ctx) {
  return s
    .replace(/\{net\}/g, () => ctx.net)
    .replace(/\{at\}/g, () => (HANDLE[ctx.net] && chance(0.7) ? HANDLE[ctx.net] : ctx.net))
    .replace(/\{place\}/g, () => ctx.place)
    .replace(/\{hrs\}/g, () => hoursPhrase(ctx.t));
}

// ---------------------------------------------------------------- choosing what to say
// Returns { cat, pool, kind } where cat is the intended category.
function choosePool(t, fixedKind) {
  const ph = phaseAt(t);
  const after = (k) => t >= T[k];
  const kind = fixedKind || weighted([
    ['complaint', ph.mix[0]],
    ['compensation', after('compensation') ? ph.mix[1] : 0],
    ['humour', ph.mix[2]],
    ['support', after('engineers') || ph.mix[3] === 0 ? ph.mix[3] : ph.mix[3] * 0.3],
    ['other', ph.mix[4]],
  ]);
  if (kind === 'complaint') {
    if (ph.name === 'background') return { cat: 'complaint', pool: BACKGROUND_GRIPES, kind };
    let pairs;
    if (t < T.onset + 90) pairs = [[COMPLAINT_ONSET, 45], [COMPLAINT_GENERAL, 35], [COMPLAINT_COMMUTE, 20]];
    else if (t < 360) pairs = [[COMPLAINT_GENERAL, 38], [COMPLAINT_COMMUTE, 40], [COMPLAINT_WORK, 16], [COMPLAINT_SWITCH, 6]];
    else if (t < 600) pairs = [[COMPLAINT_GENERAL, 36], [COMPLAINT_WORK, 30], [COMPLAINT_COMMUTE, 6], [COMPLAINT_SWITCH, 15], [COMPLAINT_LONG, 13]];
    else if (t < 840) pairs = [[COMPLAINT_GENERAL, 30], [COMPLAINT_WORK, 18], [COMPLAINT_SWITCH, 20], [COMPLAINT_LONG, 32]];
    else if (t < 1200) pairs = [[COMPLAINT_GENERAL, 15], [COMPLAINT_LONG, 30], [COMPLAINT_EVENING, 40], [COMPLAINT_SWITCH, 15]];
    else if (t < T.full) pairs = [[COMPLAINT_NIGHT, 45], [COMPLAINT_LONG, 35], [COMPLAINT_EVENING, 20]];
    else pairs = [[COMPLAINT_RESIDUAL, 70], [COMPLAINT_SWITCH, 30]];
    return { cat: 'complaint', pool: weighted(pairs), kind };
  }
  if (kind === 'compensation') {
    const pool = after('credit') ? weighted([[COMP_CREDIT, 75], [COMP_DEMAND, 25]]) : COMP_DEMAND;
    return { cat: 'complaint', pool, kind };
  }
  if (kind === 'humour') {
    let pairs = [[HUMOUR, 100]];
    if (after('ericsson')) pairs.push([HUMOUR_NEWS, 40]);
    if (after('full')) pairs = [[HUMOUR, 40], [HUMOUR_NEWS, 20], [HUMOUR_BACK, 50]];
    else if (after('partial')) pairs.push([HUMOUR_BACK, 15]);
    if (ph.name === 'background') pairs = [[BACKGROUND_JOKES, 100]];
    return { cat: 'humour', pool: weighted(pairs), kind };
  }
  if (kind === 'support') {
    let pairs = [[SUPPORT, 100]];
    if (after('ericsson')) pairs.push([SUPPORT_ERICSSON, 45]);
    if (after('partial')) pairs.push([SUPPORT_THANKS, 40]);
    if (after('full')) pairs = [[SUPPORT_THANKS, 80], [SUPPORT_ERICSSON, 20], [SUPPORT, 15]];
    return { cat: 'support', pool: weighted(pairs), kind };
  }
  // other
  if (ph.name === 'background') return { cat: 'other', pool: BACKGROUND, kind };
  let pairs;
  if (t < 180) pairs = [[Q_ONSET, 85], [STATUS, t >= T.onset + 40 ? 10 : 0], [OTHER_MISC, 5]];
  else if (t < 600) pairs = [[Q_ONSET, t < 300 ? 30 : 8], [Q_LATER, 25], [STATUS, t >= T.statement ? 20 : 4], [NEWS, t >= 300 ? 14 : 0], [OTHER_MISC, 22]];
  else if (t < T.partial) pairs = [[Q_LATER, 25], [STATUS, 18], [NEWS, 14], [NEWS_ERICSSON, after('ericsson') ? 18 : 0], [OTHER_MISC, 22]];
  else if (t < T.full) pairs = [[BACK_PARTIAL, 40], [Q_LATER, 12], [NEWS_ERICSSON, 18], [STATUS, 8], [OTHER_MISC, 12]];
  else if (t < T.credit) pairs = [[BACK_FULL, 60], [NEWS_ERICSSON, 12], [OTHER_MISC, 6]];
  else pairs = [[BACK_FULL, 15], [NEWS_CREDIT, 30], [CREDIT_NEUTRAL, 40], [NEWS_ERICSSON, 6]];
  return { cat: 'other', pool: weighted(pairs), kind };
}

const BACKGROUND_GRIPES = lines(`
Signal on the Northern line is still a myth
Phone battery at 12% and it's not even 5am. How
Why does my phone update itself every single night
Wifi at this hotel is absolutely useless
Bus driver didn't wait. Again. Every morning
`);
const BACKGROUND_JOKES = lines(`
My alarm and I are no longer on speaking terms
Dark at 4am, dark at 4pm. Winter is a scam
I have been awake for 10 minutes and I've already lost my keys twice
`);

const NEWS_POOLS = new Set([NEWS, NEWS_ERICSSON, NEWS_CREDIT]);

// Lines that only make sense at certain times of the story.
const TIME_GATES = [
  [/fully restored this morning/, (t) => t >= T.full],
  [/coming back online|3G data is returning|restoration is under way|faulty software versions are being removed/, (t) => t >= T.partial - 90],
  [/lunchtime/, (t) => t < 540],
  [/great start to the day|at this time|Morning all|this morning/i, (t) => t < 600 || t >= T.full],
  [/all day|whole day|full day|took abuse|lost a whole day|a day's work/i, (t) => t >= 720],
  [/tutto il giorno|toute la journée|journée entière|giornata intera|giornata così|todo el día/i, (t) => t >= 600],
  [/all night|through the night/i, (t) => t >= T.full - 120],
  [/No data again|office|colleague|at work|my desk|whole team/i, (t) => t >= 200],
  [/school run|commute|on the train into/i, (t) => t < 360 || (t >= T.full && t < 1740)],
];
const timeOk = (line, t) => TIME_GATES.every(([re, ok]) => !re.test(line) || ok(t));

// Pick from a pool, preferring the less-used of two candidates; headlines at most twice.
const usage = new Map();
function pickFresh(pool) {
  const a = pick(pool);
  const b = pick(pool);
  const ua = usage.get(a) || 0;
  const ub = usage.get(b) || 0;
  const s = ub < ua ? b : a;
  usage.set(s, (usage.get(s) || 0) + 1);
  return s;
}

// ---------------------------------------------------------------- authors
const FIRST = lines(`
sam jess dan chloe liam becky tom nat josh amy ryan hannah luke soph kieran lauren jamie ellie
callum megan jack katie mo aisha harry zara ollie priya connor leah ben gemma adam rach
craig nicola stu kirsty gaz shaz dev anjali raj fiona ewan mairi rhys cerys bex lewis jord
`).join(' ').split(/\s+/);
const WORDS = lines(`
gooner scouser brum geordie vinyl runner baker cyclist foodie gamer mum dad nana coffee
tea biscuit pixel northern southern indie kettle toast badger fox owl pigeon robin tiger
football rugby cricket spurs villa leeds city united rovers wanderer dreamer doodles
`).join(' ').split(/\s+/);
const LAST = lines(`
smith jones taylor brown williams wilson evans thomas roberts walker wright thompson
white hughes edwards green hall wood harris clarke patel khan ali shah murphy kelly
campbell stewart mcdonald price bennett cooper ward morris lloyd reid watson
`).join(' ').split(/\s+/);
const FR_FIRST = ['camille', 'julien', 'lea', 'thomas', 'manon', 'hugo', 'chloe', 'lucas', 'ines', 'maxime', 'clara', 'antoine', 'elodie', 'nico', 'margaux', 'bastien'];
const FR_LAST = ['martin', 'bernard', 'dubois', 'durand', 'leroy', 'moreau', 'lefebvre', 'girard', 'roux', 'fournier', 'mercier', 'blanc'];
const IT_FIRST = ['giulia', 'marco', 'chiara', 'luca', 'francesca', 'matteo', 'sara', 'andrea', 'elena', 'davide', 'martina', 'fede'];
const IT_LAST = ['rossi', 'russo', 'ferrari', 'esposito', 'bianchi', 'romano', 'colombo', 'ricci', 'marino', 'greco'];
const DE_NAMES = ['lena_berlin', 'jonas_k84', 'mkrueger', 'anna_schmidt_', 'tobi_hh', 'juliawagner'];
const ES_NAMES = ['lucia_mad', 'pablogarcia_', 'sergiolopez91', 'martaenlondres', 'javi_bcn'];
const NEWS_HANDLES = {
  en: ['ukwirebrief', 'TechDeskDaily', 'NetStatusUK', 'MetroTechNow', 'BizWireUK', 'CityNewsDesk', 'MobileWatchUK'],
  fr: ['actu_tech_fr', 'lenumeriqueinf', 'flashtelecomfr', 'infoeco_direct'],
  it: ['tecnonews_it', 'ultimora_tech', 'mondodigitale'],
  de: ['techticker_de'],
  es: ['notitech_es'],
};

function makeHandle(lang) {
  const d = () => String(randint(1, 99));
  const y = () => String(randint(70, 99) + (chance(0.4) ? 1900 : 0));
  if (lang === 'fr') {
    const f = pick(FR_FIRST);
    return weighted([[`${f}_${pick(FR_LAST)}`, 3], [`${f}${pick(FR_LAST).slice(0, 3)}${randint(10, 95)}`, 2], [`${f}${pick(FR_LAST)}`, 1]]).slice(0, 15);
  }
  if (lang === 'it') {
    const f = pick(IT_FIRST);
    return weighted([[`${f}_${pick(IT_LAST)}`, 3], [`${f}${randint(80, 99)}`, 2], [`${pick(IT_LAST)}${f.slice(0, 2)}`, 1]]).slice(0, 15);
  }
  if (lang === 'de') return pick(DE_NAMES);
  if (lang === 'es') return pick(ES_NAMES);
  const f = pick(FIRST);
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  return weighted([
    [`${f}${pick(LAST)}${d()}`, 4],
    [`${f}_${pick(LAST)}`, 3],
    [`${cap(f)}${cap(pick(LAST))}`, 2],
    [`${f}${y()}`, 2],
    [`${pick(WORDS)}_${f}`, 2],
    [`the${cap(pick(WORDS))}${cap(f)}`, 1],
    [`${f}_${pick(WORDS)}${d()}`, 2],
    [`${cap(f)}${pick(LAST)[0].toUpperCase()}x`, 1],
    [`its_${f}${d()}`, 1],
    [`${pick(WORDS)}${pick(WORDS)}${d()}`, 1],
  ]).slice(0, 15);
}

const usedHandles = new Set();
function freshHandle(lang) {
  for (let i = 0; i < 50; i++) {
    const h = makeHandle(lang);
    if (lang === 'de' || lang === 'es') return h;
    if (!usedHandles.has(h)) {
      usedHandles.add(h);
      return h;
    }
  }
  const h = `${makeHandle(lang)}${randint(100, 999)}`;
  usedHandles.add(h);
  return h;
}
const REGULARS = [];
for (let i = 0; i < 90; i++) REGULARS.push(freshHandle('en'));

// ---------------------------------------------------------------- text styling
const URL_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function shortUrl() {
  let s = 'https://t.co/';
  for (let i = 0; i < 10; i++) s += URL_CHARS[Math.floor(rnd() * URL_CHARS.length)];
  return s;
}

function typo(s) {
  const words = s.split(' ');
  const idx = [];
  words.forEach((w, i) => {
    if (/^[a-z]{5,}$/.test(w)) idx.push(i);
  });
  if (idx.length === 0) return s;
  const i = pick(idx);
  const w = words[i];
  const j = randint(1, w.length - 2);
  words[i] = chance(0.5) ? w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2) : w.slice(0, j) + w.slice(j + 1);
  return words.join(' ');
}

function styleEnglish(text, kind, cat, isNews) {
  let s = text;
  if (isNews) {
    if (chance(0.75)) s += ' ' + shortUrl();
    if (chance(0.4)) s += ' ' + pick(['#O2down', '#o2outage', '#O2NetworkDown']);
    return s;
  }
  const tailKind = kind === 'compensation' ? 'compensation' : cat;
  if (chance(kind === 'complaint' ? 0.3 : 0.18) && (cat !== 'other' || s.endsWith('?'))) {
    const tail = pick(TAILS[tailKind]);
    s = /[.!?]$/.test(s) ? `${s} ${tail}` : `${s}. ${tail}`;
  }
  if (kind === 'complaint' && chance(0.12)) s = s.replace(/\.?$/, chance(0.5) ? '!!' : '!!!');
  const caseRoll = rnd();
  if (caseRoll < 0.12) s = s.toLowerCase();
  else if (kind === 'complaint' && s.length < 45 && caseRoll < 0.24) s = s.toUpperCase();
  if (chance(0.1)) s = s.replace(/'/g, '');
  if (chance(0.07)) s = typo(s);
  if (chance(cat === 'other' ? 0.25 : 0.45)) {
    const tag1 = pick(HASHTAGS[tailKind]);
    s += ' ' + tag1;
    if (chance(0.2)) {
      const tag2 = pick(HASHTAGS[tailKind]);
      if (tag2.toLowerCase() !== tag1.toLowerCase()) s += ' ' + tag2;
    }
  }
  if (chance(cat === 'other' ? 0.2 : 0.42)) {
    const e = pick(EMOJI[tailKind]);
    s += ' ' + (chance(0.25) ? e + e + (chance(0.4) ? e : '') : e);
  }
  if (chance(0.02)) s += ' ' + shortUrl();
  return s.replace(/ +/g, ' ').trim();
}

function mentionPrefix(s, net, cat) {
  const handle = HANDLE[net];
  if (!handle || s.includes(handle) || cat === 'other') return s;
  if (s.startsWith(net + ' ')) return chance(0.5) ? handle + s.slice(net.length) : s;
  const p = cat === 'complaint' ? 0.32 : cat === 'support' ? 0.2 : 0.1;
  if (!chance(p)) return s;
  return chance(0.8) ? `${handle} ${s}` : `${s} ${handle}`;
}

// Multi-line posts: a handful, built from a list.
function multiline(t, ctx) {
  const h = hoursPhrase(t);
  const items = [
    `Things I can't do today:¶- maps¶- banking¶- WhatsApp¶- my job¶Thanks ${ctx.net}`,
    `${ctx.net} update:¶Hour 1: annoyed¶Hour 3: furious¶Hour ${Math.max(4, Math.floor((t - T.onset) / 60))}: acceptance`,
    `Dear ${ctx.net},¶I would like my data back.¶Yours, everyone`,
    `No data for ${h}.¶No text from ${ctx.net}.¶No idea what's going on.`,
    `Me at 6am: it'll be back in 10 mins¶Me now: I live here now, in the wifi cafe`,
    `Morning routine today:¶1. wake up¶2. no data¶3. restart phone¶4. still no data¶5. cry`,
  ];
  return pick(items);
}

// ---------------------------------------------------------------- timestamps
function minuteInHour(h) {
  // Hour 1 (05:00-06:00): a trickle before 05:30, then a steep climb.
  if (h === 1) return chance(0.25) ? rnd() * 30 : 30 + 30 * Math.sqrt(rnd());
  const prev = HOURLY[h - 1] ?? HOURLY[h];
  const next = HOURLY[h + 1] ?? HOURLY[h];
  const a = (prev + HOURLY[h]) / 2;
  const b = (HOURLY[h] + next) / 2;
  // Linear density from a to b across the hour, by rejection sampling.
  for (;;) {
    const x = rnd();
    if (rnd() * Math.max(a, b) <= a + (b - a) * x) return x * 60;
  }
}

function timesForHour(h) {
  const n = HOURLY[h];
  const out = [];
  const bursts = n >= 40 ? randint(1, 3) : n >= 10 ? randint(0, 1) : 0;
  const centres = [];
  for (let i = 0; i < bursts; i++) centres.push(h === 1 ? 32 + rnd() * 26 : rnd() * 60);
  for (let i = 0; i < n; i++) {
    let m;
    if (centres.length && chance(0.28)) {
      m = pick(centres) + gauss() * 2.2;
      if (m < 0 || m >= 60) m = minuteInHour(h);
    } else m = minuteInHour(h);
    const ms = START_MS + h * 3600000 + Math.floor(m * 60000);
    out.push(Math.floor(ms / 1000) * 1000);
  }
  return out;
}

// ---------------------------------------------------------------- build
const TWITTER_EPOCH = 1288834974657n;
function snowflake(ms) {
  const seq = BigInt(randint(0, 4194303));
  return (((BigInt(ms) + BigInt(randint(0, 999)) - TWITTER_EPOCH) << 22n) | seq).toString();
}

function chooseLang(t) {
  const l = weighted([['en', 88.7], ['fr', 6.4], ['it', 4.2], ['de', 0.35], ['es', 0.35]]);
  // Nobody abroad has heard of it before the first reports.
  return t < T.onset + 60 ? 'en' : l;
}

function foreignPool(lang, cat, kind, t) {
  const table = { fr: FR, it: IT, de: DE, es: ES }[lang];
  let key = kind === 'compensation' ? 'compensation' : cat;
  if (!table[key] || (key === 'compensation' && t < T.compensation)) key = 'complaint';
  let pool = table[key] || table.other;
  // Keep time-sensitive lines in order: filter lines mentioning the cause, recovery or credit.
  pool = pool.filter((s) => {
    const cause = /certificat|Zertifikat|certificado|Ericsson|Giappone|Japon/i.test(s);
    const back = /revenue|rétabli|tornando|funziona di nuovo|hinbekommen|revient|risolto|remarche/i.test(s);
    const overnight = /dans la nuit|toute la nuit|tutta la notte|über Nacht|ce matin à Londres, enfin|Stamattina internet/i.test(s);
    if (overnight && t < T.full) return false;
    const credit = /crédit|credito|geste commercial|Deux jours|Due giorni/i.test(s);
    if (cause && t < T.ericsson) return false;
    if (back && t < T.partial) return false;
    if (credit && t < T.credit) return false;
    return true;
  });
  if (pool.length === 0) pool = table.complaint;
  return pool;
}

const rows = [];
const seenText = new Set();
const norm = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

for (let h = 0; h < HOURS; h++) {
  for (const ms of timesForHour(h)) {
    const t = (ms - START_MS) / 60000;
    let lang = chooseLang(t);
    let text = null;
    let cat = 'other';
    let kind = 'other';
    let isNews = false;
    let fixedKind = null;
    for (let attempt = 0; attempt < 40 && text === null; attempt++) {
      // Retries keep the intended category; only a pool that has run dry lets it go.
      const choice = choosePool(t, attempt < 30 ? fixedKind : null);
      fixedKind = choice.kind;
      // A small foreign pool that has run dry: this person writes in English instead.
      if (lang !== 'en' && attempt >= 12) lang = 'en';
      cat = choice.cat;
      kind = choice.kind;
      const ctx = { net: weighted(NETS), place: pick(PLACES), t };
      let s;
      if (lang === 'en') {
        isNews = NEWS_POOLS.has(choice.pool);
        if (!isNews && kind === 'complaint' && t > T.onset + 60 && t < 1200 && chance(0.006)) s = multiline(t, ctx);
        else {
          const core = pickFresh(choice.pool);
          if (isNews && usage.get(core) > 3) continue; // an outlet repeats a headline, not ten outlets
          if (!timeOk(core, t)) continue;
          s = fill(core, ctx);
        }
        if (t < T.onset) {
          // Before anything went wrong: ordinary chatter, no outage hashtags.
          if (chance(0.3)) s += ' ' + pick(['☕', '❄️', '😴', '🥶', '🙃', '🎄']);
          if (chance(0.1)) s = s.toLowerCase();
          text = seenText.has(norm(s)) ? null : s;
          continue;
        }
        const tk = kind === 'compensation' ? 'compensation' : cat;
        if (!isNews && !s.includes('¶') && (cat !== 'other' || s.endsWith('?')) && chance(0.24) && !(cat === 'complaint' && t >= 900) && !((cat === 'humour' || cat === 'support') && t >= T.full)) {
          const extra = fill(pick(CONTEXT[tk]), ctx);
          if (!timeOk(extra, t)) continue;
          s = /[.!?]$/.test(s) ? `${s} ${extra}` : `${s}. ${extra}`;
        }
        if (!isNews && !s.includes('¶') && (cat !== 'other' || s.endsWith('?')) && chance(0.1)) {
          const op = pick(OPENERS[tk]);
          if (!timeOk(op, t)) continue;
          const keepCap = /[.:]$/.test(op) || /^(I|I'm|I've|O2|@|Ericsson|Google|Uber|Tesco|Sky|Lycamobile|EE|PSA|BREAKING|[0-9])/.test(s);
          s = `${op} ${keepCap ? s : s[0].toLowerCase() + s.slice(1)}`;
        }
        s = styleEnglish(s, kind, cat, isNews);
        if (!isNews) s = mentionPrefix(s, ctx.net, cat);
      } else {
        const pool = foreignPool(lang, cat, kind, t);
        const fcore = pickFresh(pool);
        if (usage.get(fcore) > 6 || !timeOk(fcore, t)) continue;
        s = fcore
          .replace(/\{ville\}/g, () => pick(VILLES))
          .replace(/\{citta\}/g, () => pick(CITTA));
        isNews = /^(Panne géante|Royaume-Uni|Selon|Regno Unito|Secondo|Großstörung|Laut|Caída|Ericsson atribuye|O2 annonce|O2 promette)/.test(s);
        const tails = FOREIGN_TAILS[lang];
        const tk = kind === 'compensation' ? 'compensation' : cat;
        if (!isNews && tails && chance(0.3)) s = /[.!?]$/.test(s) ? `${s} ${pick(tails[tk])}` : `${s}. ${pick(tails[tk])}`;
        const aboutO2 = /O2|Londres|Londra|London|Royaume|Regno|Ericsson|certifica|Zertifikat|giffgaff|Lycamobile|Manchester|Édimbourg|Edimburgo|Bristol|Leeds|Brighton|Glasgow|Birmingham|Eurostar|Britanniques|inglesi|Anglais/.test(s);
        const local = { fr: ['#panne', '#SFR', '#Orange', '#reseau'], it: ['#TIM', '#guasto', '#Vodafone'], de: ['#Störung'], es: ['#caída'] }[lang];
        const withUrl = isNews && rnd() < 0.75;
        if (withUrl) s += ' ' + shortUrl();
        const aboutLocal = !aboutO2 && /SFR|Orange|Bouygues|Free|TIM|Vodafone|Wind|Fastweb/.test(s);
        if (!withUrl && chance(0.4)) s += ' ' + (aboutLocal ? pick(local) : pick(['#O2down', '#o2outage', '#O2NetworkDown', '#O2']));
        if (!isNews && chance(0.2)) s += ' ' + pick(EMOJI[tk]);
        if (chance(0.08)) s = s.toLowerCase();
      }
      s = s.replace(/¶/g, '\n');
      if (!seenText.has(norm(s))) text = s;
    }
    if (text === null) continue; // exhausted: skip rather than duplicate
    seenText.add(norm(text));
    let author;
    if (isNews) author = pick(NEWS_HANDLES[lang]);
    else if (lang === 'en' && chance(0.14)) author = pick(REGULARS);
    else author = freshHandle(lang);
    rows.push({ ms, lang, text, author, cat, kind });
  }
}

// A few retweet-style copies of earlier posts (natural duplicates of the inner text).
const base = rows.slice();
const retweets = [];
for (const r of base) {
  const t = (r.ms - START_MS) / 60000;
  const p = r.cat === 'humour' ? 0.04 : r.kind === 'compensation' ? 0.02 : 0.012;
  if (t < T.onset || r.text.includes('\n') || !chance(p)) continue;
  const copies = chance(0.2) ? 2 : 1;
  for (let c = 0; c < copies; c++) {
    const delay = Math.floor((30 + rnd() * rnd() * 5400) * 1000 / 1000) * 1000;
    const ms = r.ms + delay;
    if (ms >= START_MS + HOURS * 3600000) continue;
    retweets.push({ ms, lang: r.lang, text: `RT @${r.author}: ${r.text}`, author: freshHandle(r.lang === 'de' || r.lang === 'es' ? 'en' : r.lang), cat: r.cat, kind: r.kind, rt: true });
  }
}
const all = base.concat(retweets);

// ids: tweet-like snowflakes derived from the timestamp, unique, increasing with time.
const usedIds = new Set();
for (const r of all) {
  let id;
  do id = snowflake(r.ms);
  while (usedIds.has(id));
  usedIds.add(id);
  r.id = id;
}
all.sort((a, b) => a.ms - b.ms || (BigInt(a.id) < BigInt(b.id) ? -1 : 1));

// ---------------------------------------------------------------- write CSV
function csvField(s) {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
let csv = 'id,created_at,author,lang,text\n';
for (const r of all) {
  csv += [r.id, iso(r.ms), r.author, r.lang, r.text].map(csvField).join(',') + '\n';
}
fs.writeFileSync(OUT, csv, 'utf8');

if (process.argv.includes('--stats')) {
  const byCat = {};
  const byKind = {};
  const byLang = {};
  for (const r of all) {
    byCat[r.cat] = (byCat[r.cat] || 0) + 1;
    byKind[r.kind] = (byKind[r.kind] || 0) + 1;
    byLang[r.lang] = (byLang[r.lang] || 0) + 1;
  }
  const bands = PHASES.map((p, i) => {
    const from = i === 0 ? 0 : PHASES[i - 1].until;
    const inBand = all.filter((r) => (r.ms - START_MS) / 60000 >= from && (r.ms - START_MS) / 60000 < p.until);
    const c = {};
    for (const r of inBand) c[r.cat] = (c[r.cat] || 0) + 1;
    c.compensation = inBand.filter((r) => r.kind === 'compensation').length;
    return { band: `${iso(START_MS + from * 60000)} .. ${iso(START_MS + p.until * 60000)}`, phase: p.name, posts: inBand.length, ...c };
  });
  console.log(JSON.stringify({ rows: all.length, retweets: retweets.length, byCat, byKind, byLang, bands }, null, 2));
} else {
  console.log(`wrote ${all.length} rows to ${path.relative(process.cwd(), OUT)}`);
}
