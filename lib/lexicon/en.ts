import type { LexiconSource } from './types';

/**
 * English lexicon. Words are matched on lower-cased text at word boundaries; a plural
 * "s"/"es" is accepted after any word that ends in a letter.
 */
export const en: LexiconSource = {
  lang: 'en',
  terms: {
    face: [
      'facial recognition', 'face recognition', 'face-recognition', 'facial-recognition', 'faceprint',
      'face print', 'face geometry', 'facial geometry', 'face scan', 'face scanning', 'facial scan',
      'facial scanning', 'face id', 'face unlock', 'facial data', 'face data', 'facial biometrics',
      'facial biometric', 'face template', 'facial template', 'face matching', 'face verification',
      'facial verification', 'selfie verification', 'liveness check', 'liveness detection',
      'face surveillance', 'facial analysis', 'facial images', 'facial image', 'face images',
      'facial recognition technology', 'face recognition technology', 'facial identification',
      'face biometrics', 'face authentication', 'facial authentication', 'face-scanning', 'face sign-in',
      'face login', 'face library', 'familiar faces', 'familiar face', 'pay with their face', 'pay with your face',
      'face payment', 'face pay', 'facial features', 'facial feature data', 'face search', 'facial comparison',
      'face comparison', 'facial expressions', 'face photos', 'face photo',
    ],
    fingerprint: [
      'fingerprint scan', 'fingerprint scanner', 'fingerprint sensor', 'fingerprint reader', 'fingerprint data',
      'fingerprint recognition', 'fingerprint authentication', 'fingerprint unlock', 'fingerprint login', 'touch id',
      'fingerprint templates', 'fingerprint template',
    ],
    voiceprint: ['voiceprint', 'voice print', 'voice recognition data', 'voice id', 'voice biometrics', 'voiceprints', 'voice cloning', 'cloned voice', 'voice clone'],
    iris: ['iris scan', 'iris scanning', 'iris recognition', 'iris pattern', 'iris code'],
    other_biometric: [
      'retina scan', 'retinal scan', 'palm print', 'palmprint', 'palm vein', 'palm scan', 'gait recognition',
      'biometric', 'biometrics', 'biometric data', 'biometric identifier', 'biometric information',
      'hand geometry', 'genetic data', 'genetic information', 'biometric identifiers',
    ],
    other: ['personal data collection', 'collection of personal data', 'personal information collection', 'data breach', 'data leak'],
  },
  objects: {
    face: ['your face', 'their face', 'their faces', 'his face', 'her face', 'my face', 'faces', 'selfie', 'selfies'],
    // Bare trait words need a verb: "a cultural fingerprint", "anti-fingerprint coating" are not.
    fingerprint: ['fingerprint', 'fingerprints'],
    iris: ['iris', 'irises'],
    other_biometric: ['retina'],
    id_number: [
      'id number', 'social security number', 'passport number', 'identity documents', 'id documents', 'government id',
      'national id', 'driver\'s license', 'driving licence', 'identity card', 'id card', 'ssn',
      'government-issued id', 'tax id', 'national identification number',
    ],
    name: ['your name', 'full name', 'real name', 'legal name', 'first name', 'last name'],
    phone: ['phone number', 'phone numbers', 'mobile number', 'telephone number', 'contact details', 'contact information'],
    email: ['email address', 'email addresses', 'e-mail address'],
    address: ['mailing address', 'home address', 'home addresses', 'postal address', 'shipping address', 'billing address', 'street address', 'address'],
    location: [
      'location', 'location data', 'precise location', 'geolocation', 'location information', 'location history',
      'gps location', 'gps', 'whereabouts', 'real-time location', 'precise geolocation',
    ],
    coarse_location: ['approximate location', 'coarse location', 'general location'],
    contacts: ['contacts', 'contact list', 'address book', 'friend list', 'friends list', 'social graph'],
    communications: ['call logs', 'call log', 'text messages', 'sms messages', 'call history', 'chat messages', 'message content'],
    device_id: [
      'device identifier', 'device identifiers', 'device id', 'advertising id', 'advertising identifier', 'imei', 'mac address',
      'idfa', 'android id', 'unique identifiers', 'unique device identifiers', 'ad id', 'device or other ids',
    ],
    device_info: [
      'ip address', 'ip addresses', 'device information', 'device type', 'device model', 'operating system', 'browser type',
      'device data', 'network information', 'browser information', 'hardware model', 'mobile network', 'device settings',
    ],
    installed_apps: ['installed-app list', 'list of installed apps', 'app list', 'installed apps', 'installed applications'],
    usage_logs: ['usage data', 'log data', 'log information', 'app activity', 'app interactions', 'crash logs', 'diagnostics', 'usage information', 'interaction data', 'app info and performance'],
    browsing: ['browsing history', 'search history', 'search queries', 'viewing history', 'watch history', 'web browsing', 'browsing data', 'purchase history'],
    media: ['photos', 'photos and videos', 'audio recordings', 'voice recordings', 'voice data', 'microphone', 'photo library', 'files and docs', 'your photos', 'camera roll'],
    health: [
      'health data', 'health information', 'medical records', 'medical information', 'heart rate', 'blood pressure',
      'fitness data', 'health records', 'prescriptions', 'diagnosis', 'medical history', 'sleep data', 'menstrual',
      'health conditions', 'mental health', 'protected health information',
    ],
    financial: [
      'financial information', 'bank account', 'credit card number', 'payment information', 'payment details',
      'financial info', 'credit card', 'bank details', 'transaction history', 'purchase information', 'income', 'credit score',
    ],
    account: ['user information', 'user data', 'profile picture', 'profile details', 'account information', 'login credentials', 'account details', 'user id'],
    profile: ['date of birth', 'birthday', 'gender', 'occupation', 'nationality', 'marital status'],
    children: ["children's data", "children's personal information", "kids' data", "children's information"],
    special: ['religious beliefs', 'sexual orientation', 'criminal records', 'political opinions', 'racial or ethnic origin', 'ethnicity'],
  },
  generic: ['personal data', 'personal information', 'personal info', 'personally identifiable information', 'pii', 'personal details', 'your data', 'your information', 'sensitive data', 'sensitive personal information', 'customer data'],
  verbs: {
    collect: [
      'collect', 'collects', 'collected', 'collecting', 'collection of', 'gather', 'gathers', 'gathered', 'obtain', 'obtains', 'obtained',
      'capture', 'captures', 'captured', 'capturing', 'scan', 'scans', 'scanned', 'scanning', 'harvest', 'harvested', 'harvesting', 'upload', 'uploads',
      'uploaded', 'register', 'enroll', 'enrol', 'verify', 'recognize', 'recognise', 'match', 'receive', 'receives', 'received', 'log', 'logs', 'logged',
      'monitor', 'monitors', 'monitored', 'record', 'records', 'recorded', 'recording', 'scrape', 'scraped', 'scraping', 'request', 'requests',
    ],
    store: ['store', 'stores', 'stored', 'storing', 'retain', 'retains', 'retained', 'keep', 'keeps', 'kept', 'hold', 'holds'],
    share: ['share', 'shares', 'shared', 'sharing', 'share with', 'provide to', 'provided to'],
    transfer: ['transfer', 'transfers', 'transferred', 'transmit', 'transmits', 'transmitted', 'sent abroad', 'transfer abroad'],
    disclose: ['disclose', 'discloses', 'disclosed', 'disclosing', 'exposed', 'expose', 'publish', 'published'],
    sell: ['sell', 'sells', 'sold', 'selling', 'rent', 'trade'],
    permission: ['access to your', 'permission to access', 'requests access', 'request access'],
    leak: ['leaked', 'leak', 'leaks', 'stole', 'stolen', 'breached'],
  },
  weakVerbs: {
    collect: ['track', 'tracks', 'tracked', 'tracking', 'access', 'accesses', 'accessed', 'read', 'reads', 'may collect', 'infer', 'inferred'],
    use: ['process', 'processes', 'processed', 'processing', 'use', 'uses', 'used', 'using', 'analyze', 'analyse', 'analyzed'],
    transfer: ['send', 'sends', 'sent'],
  },
  traitVerbs: ['supports', 'support', 'unlock', 'unlocks', 'sign in', 'log in'],
  suppressors: [
    'dna fingerprint', 'dna fingerprinting', 'fingerprints all over', 'browser fingerprint', 'anti-fingerprint',
    'face the music', 'face-to-face', 'face to face', 'location of the', 'biometric passport control',
    'face value', 'north face', 'face of the', 'iris flower', 'use of the', 'biometric privacy',
    'biometric information privacy act', 'faces of', 'faces the', 'faced', 'facing', 'in the face of', 'on the face of',
    'face detection autofocus', 'face and eye detection', 'eye detection', 'face-detection af', 'face detection af',
    'email us', 'email address:', 'name of the', 'in the name of', 'record high', 'record number', 'on record', 'world record',
    'track record', 'log in to', 'sign in to', 'passport to', 'city of', 'city council', 'city hall', 'age of', 'age group',
    'camera angle', 'camera crew',
  ],
};
